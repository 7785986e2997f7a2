using System.Globalization;
using DtiRules.Data.Binding;
using DtiRules.Data.Reading;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Scoring;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Explain;

/// <summary>The 2022 sample scored with the 2022 ruleset in-process, to check what the commands print against.</summary>
internal static class SampleScores
{
    private static readonly Lazy<ScoringResult> LazyResult = new(() =>
    {
        var compilation = RulesetCompilation.FromFile(RepositoryPaths.Ruleset2022);
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        var diagnostics = new DiagnosticBag();
        var raw = DatasetReader.Read(RepositoryPaths.Sample2022, diagnostics);
        var data = raw is null ? null : DatasetBinder.Bind(raw, compilation.Ruleset.Schema, UnitList.Provinces63, diagnostics);
        Assert.True(data is not null, string.Join("\n", diagnostics));
        return new Interpreter(compilation.Ruleset).Score(data);
    });

    public static ScoringResult Result => LazyResult.Value;

    public static int UnitNamed(string name)
    {
        var index = Result.Units.ToList().FindIndex(u => u.Name == name);
        Assert.True(index >= 0, $"{name} is not in the sample");
        return index;
    }

    /// <summary>The values of one column of the sample CSV as written, empty cells left out.</summary>
    public static IReadOnlyList<decimal> SampleColumn(string column)
    {
        var lines = File.ReadAllLines(RepositoryPaths.Sample2022).Where(l => !l.StartsWith('#')).ToList();
        var position = Array.IndexOf(lines[0].Split(','), column);
        Assert.True(position >= 0, $"the sample has no column {column}");
        return [.. lines.Skip(1)
            .Select(l => l.Split(',')[position])
            .Where(cell => cell.Length > 0)
            .Select(cell => decimal.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture))];
    }

    public static string Points(decimal? points) =>
        points is { } p ? Math.Round(p, 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture) : "missing";

    public static string Value(decimal? value) => value?.ToString("F4", CultureInfo.InvariantCulture) ?? string.Empty;
}
