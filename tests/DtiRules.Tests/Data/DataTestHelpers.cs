using DtiRules.Data.Reading;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Tests.Data;

/// <summary>Reads test datasets from text and checks the diagnostics they produce.</summary>
internal static class DataTestHelpers
{
    public static (RawDataset? Data, DiagnosticBag Diagnostics) Read(string text, string path = "data.csv")
    {
        var diagnostics = new DiagnosticBag();
        return (DatasetReader.ReadText(text, path, diagnostics), diagnostics);
    }

    /// <summary>The 1-based line of the only line of <paramref name="text"/> containing <paramref name="marker"/>.</summary>
    public static int LineOf(string text, string marker)
    {
        var lines = text.Split('\n');
        var matches = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(marker, StringComparison.Ordinal)).ToList();
        Assert.Single(matches);
        return matches[0] + 1;
    }

    /// <summary>The 1-based column where <paramref name="marker"/> starts on its line.</summary>
    public static int ColumnOf(string text, string marker) =>
        text.Split('\n')[LineOf(text, marker) - 1].IndexOf(marker, StringComparison.Ordinal) + 1;

    /// <summary>Asserts that exactly one diagnostic was reported, of <paramref name="descriptor"/>, at the given place.</summary>
    public static Diagnostic AssertOnly(DiagnosticBag diagnostics, DiagnosticDescriptor descriptor, int line, int column)
    {
        var diagnostic = Assert.Single(diagnostics);
        AssertAt(diagnostic, descriptor, line, column);
        return diagnostic;
    }

    /// <summary>Asserts that one diagnostic of <paramref name="descriptor"/> was reported at the given place (among others).</summary>
    public static Diagnostic AssertHas(DiagnosticBag diagnostics, DiagnosticDescriptor descriptor, int line, int column)
    {
        var found = diagnostics.Where(d => d.Code == descriptor.Code && d.Location?.Line == line && d.Location.Column == column).ToList();
        Assert.True(found.Count == 1, $"expected one {descriptor.Code} at ({line},{column}); got: {string.Join(" | ", diagnostics)}");
        return found[0];
    }

    public static void AssertAt(Diagnostic diagnostic, DiagnosticDescriptor descriptor, int line, int column)
    {
        Assert.Equal(descriptor.Code, diagnostic.Code);
        Assert.NotNull(diagnostic.Location);
        Assert.Equal((line, column), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    public static void AssertNoDiagnostics(DiagnosticBag diagnostics) =>
        Assert.True(diagnostics.Count == 0, string.Join(" | ", diagnostics));
}
