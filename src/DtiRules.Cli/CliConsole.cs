using DtiRules.Cli.Output;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, diagnostics and progress to <see cref="Error"/>.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    /// <summary>
    /// Prints <paramref name="diagnostics"/> to standard error in file order, at most
    /// <see cref="DiagnosticCap.PerCode"/> of one code; returns the exit code.
    /// </summary>
    public int Finish(DiagnosticBag diagnostics)
    {
        foreach (var diagnostic in DiagnosticCap.Apply(diagnostics.ToSortedList()))
        {
            Error.WriteLine(diagnostic.ToString());
        }

        return ExitCode(diagnostics);
    }

    /// <summary>3 when a file could not be read or written, else 1 when any diagnostic is an error, else 0.</summary>
    public static int ExitCode(IEnumerable<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        return errors.Exists(d => d.Descriptor.IsInputOutput) ? ExitCodes.InputOutput
            : errors.Count > 0 ? ExitCodes.Errors
            : ExitCodes.Success;
    }
}
