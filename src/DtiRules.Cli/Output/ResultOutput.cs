using DtiRules.Data.Files;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Cli.Output;

/// <summary>Sends a command's result to a file (UTF-8 without BOM, written whole or not at all) or to standard output.</summary>
internal static class ResultOutput
{
    /// <summary>Writes to <paramref name="path"/>, or to <paramref name="standardOutput"/> when none is given; a file that cannot be written is reported.</summary>
    public static void Write(string? path, TextWriter standardOutput, Action<TextWriter> write, DiagnosticBag diagnostics)
    {
        using var timing = StageTimings.Measure(Stage.Write);
        if (string.IsNullOrEmpty(path))
        {
            AtomicFile.TryWriteTo(standardOutput, "standard output", write, diagnostics);
            return;
        }

        AtomicFile.TryWriteText(path, write, diagnostics);
    }
}
