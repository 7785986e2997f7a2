using DtiRules.Language.Localization;

namespace DtiRules.Cli.Output;

/// <summary>
/// CSV and JSON are for tools and scripts: their notes, titles and sentences are written in English
/// with a decimal point whatever <c>--lang</c> and <c>--decimal</c> say, so the bytes do not depend
/// on who runs the command.
/// </summary>
internal static class MachineFormats
{
    /// <summary>Makes English with a decimal point current until the returned scope is disposed.</summary>
    public static IDisposable English() => DisplaySettings.Use(DisplaySettings.English);
}
