using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;

namespace DtiRules.Tests.Infrastructure;

/// <summary>Compiles ruleset text in tests.</summary>
internal static class Compile
{
    public static RulesetCompilation Text(string text, string path = "test.dti") => RulesetCompilation.Create(SourceText.From(text, path));

    /// <summary>Compiles and fails the test on any error, printing the diagnostics.</summary>
    public static BoundRuleset Clean(string text)
    {
        var compilation = Text(text);
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        return compilation.Ruleset;
    }

    /// <summary>(code, line, column) of every diagnostic, for exact assertions.</summary>
    public static IReadOnlyList<(string Code, int Line, int Column)> Positions(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => (d.Code, d.Location?.Line ?? 0, d.Location?.Column ?? 0))];

    /// <summary>Line and 1-based column of the first occurrence of <paramref name="marker"/> in <paramref name="text"/>.</summary>
    public static (int Line, int Column) PositionOf(string text, string marker)
    {
        var offset = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"'{marker}' is not in the text");
        var before = text[..offset];
        return (before.Count(c => c == '\n') + 1, offset - before.LastIndexOf('\n'));
    }
}
