using DtiRules.Language.Localization;

namespace DtiRules.Cli.Resources;

/// <summary>The command line's resource files, each read in the language of the running command.</summary>
internal static class Texts
{
    /// <summary>Command and option descriptions, and command-line usage errors.</summary>
    public static LocalizedText Help { get; } = new(HelpText.ResourceManager);

    /// <summary>The ranking table of <c>score</c>.</summary>
    public static LocalizedText Score { get; } = new(ScoreText.ResourceManager);

    /// <summary>The text of <c>explain</c>, and the names of cell flags people read.</summary>
    public static LocalizedText Explain { get; } = new(ExplainText.ResourceManager);

    /// <summary>The text of <c>gaps</c> and of its plan.</summary>
    public static LocalizedText Gaps { get; } = new(GapsText.ResourceManager);

    /// <summary>The table of <c>whatif</c>.</summary>
    public static LocalizedText WhatIf { get; } = new(WhatIfText.ResourceManager);

    /// <summary>The text of <c>show</c>, <c>test</c>, <c>snapshot</c>, <c>fmt</c>, <c>--timings</c>, <c>--version</c> and progress.</summary>
    public static LocalizedText Output { get; } = new(OutputText.ResourceManager);
}
