using DtiRules.Language.Diagnostics;

namespace DtiRules.Language.Text;

/// <summary>Warns about each line of a ruleset that holds text typed in a legacy Vietnamese font encoding.</summary>
public static class LegacyFontLines
{
    /// <summary>Reports <see cref="DiagnosticDescriptors.LegacyFontText"/> for every such line of <paramref name="text"/>, at the legacy words.</summary>
    public static void Report(SourceText text, DiagnosticBag diagnostics)
    {
        var lines = text.Text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            if (LegacyFontText.Find(lines[index]) is { } match)
            {
                var location = new SourceLocation(text.Path, index + 1, match.Start + 1, index + 1, match.Start + match.Length + 1);
                diagnostics.Report(DiagnosticDescriptors.LegacyFontText, location, match.Text, match.EncodingName, match.Reading);
            }
        }
    }
}
