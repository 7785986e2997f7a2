using System.Collections;
using DtiRules.Language.Text;

namespace DtiRules.Language.Diagnostics;

/// <summary>Collects diagnostics from every stage, so a user sees all problems in one run.</summary>
public sealed class DiagnosticBag : IEnumerable<Diagnostic>
{
    private readonly List<Diagnostic> _diagnostics = [];

    /// <summary>True when at least one error was reported.</summary>
    public bool HasErrors => _diagnostics.Exists(d => d.IsError);

    /// <summary>Number of diagnostics collected.</summary>
    public int Count => _diagnostics.Count;

    /// <summary>Adds a diagnostic.</summary>
    public void Add(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary>Adds a diagnostic of <paramref name="descriptor"/> at <paramref name="location"/>.</summary>
    public void Report(DiagnosticDescriptor descriptor, SourceLocation? location, params object?[] args) =>
        _diagnostics.Add(Diagnostic.Create(descriptor, location, args));

    /// <summary>Adds every diagnostic of <paramref name="diagnostics"/>.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _diagnostics.AddRange(diagnostics);

    /// <summary>The diagnostics in a stable order: by file, line, column, then code.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() => Sort(_diagnostics);

    /// <summary>Sorts diagnostics by file, line, column, then code, keeping report order among equals.</summary>
    public static IReadOnlyList<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics
            .Select((d, i) => (d, i))
            .OrderBy(p => p.d.Location?.Path ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(p => p.d.Location?.Line ?? 0)
            .ThenBy(p => p.d.Location?.Column ?? 0)
            .ThenBy(p => p.d.Code, StringComparer.Ordinal)
            .ThenBy(p => p.i)
            .Select(p => p.d)];

    /// <inheritdoc />
    public IEnumerator<Diagnostic> GetEnumerator() => _diagnostics.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
