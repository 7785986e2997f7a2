using DtiRules.Analysis.Wording;
using DtiRules.Cli.Resources;

namespace DtiRules.Cli.Output;

/// <summary>Words of a closed set that many grids hold, as CSV and JSON write them and as people read them.</summary>
internal static class GridWords
{
    /// <summary>The cell CSV and JSON write for <paramref name="value"/>: <c>yes</c> or <c>no</c> in every language.</summary>
    public static string YesNoText(bool value) => value ? "yes" : "no";

    /// <summary><paramref name="value"/> as people read it, in their language.</summary>
    public static Phrase YesNo(bool value) => Phrase.Of(Texts.Output, value ? nameof(OutputText.Yes) : nameof(OutputText.No));
}
