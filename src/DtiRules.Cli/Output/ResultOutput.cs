using System.Text;

namespace DtiRules.Cli.Output;

/// <summary>Sends a command's result to a file (UTF-8 without BOM) or to standard output.</summary>
internal static class ResultOutput
{
    public static void Write(string? path, TextWriter standardOutput, Action<TextWriter> write)
    {
        using var timing = StageTimings.Measure(Stage.Write);
        if (string.IsNullOrEmpty(path))
        {
            write(standardOutput);
            return;
        }

        using var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        write(file);
    }
}
