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
    /// <see cref="DiagnosticCap.PerCode"/> of one code; the exit code is 1 when any is an error.
    /// </summary>
    public int Finish(DiagnosticBag diagnostics)
    {
        foreach (var diagnostic in DiagnosticCap.Apply(diagnostics.ToSortedList()))
        {
            Error.WriteLine(diagnostic.ToString());
        }

        return diagnostics.HasErrors ? ExitCodes.Errors : ExitCodes.Success;
    }
}
