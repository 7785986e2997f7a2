using DtiRules.Cli.Resources;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Cli.Output;

/// <summary>
/// Keeps printed diagnostics readable when one problem repeats on every row of a large file: the
/// first <see cref="PerCode"/> of each code are printed, then one line says how many more of that
/// code there are. The exit code still counts every one.
/// </summary>
internal static class DiagnosticCap
{
    /// <summary>How many diagnostics of one code are printed.</summary>
    public const int PerCode = 50;

    public static readonly DiagnosticDescriptor RepeatedDiagnostics = new("DR4106", Severity.Info, DiagnosticTexts.Messages);

    /// <summary>The first <see cref="PerCode"/> diagnostics of each code in the given order, then one line per code that had more.</summary>
    public static IReadOnlyList<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics)
    {
        var shown = new List<Diagnostic>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            var count = counts[diagnostic.Code] = counts.GetValueOrDefault(diagnostic.Code) + 1;
            if (count <= PerCode)
            {
                shown.Add(diagnostic);
            }
        }

        shown.AddRange(counts
            .Where(c => c.Value > PerCode)
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => Diagnostic.Create(RepeatedDiagnostics, null, c.Value - PerCode, c.Key, c.Value)));
        return shown;
    }
}
