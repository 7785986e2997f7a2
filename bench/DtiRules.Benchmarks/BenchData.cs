using System.Globalization;
using DtiRules.Data.Binding;
using DtiRules.Data.Reading;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Builtins;
using DtiRules.Language.Diagnostics;
using DtiRules.Scoring;

namespace DtiRules.Benchmarks;

/// <summary>
/// The 2022 sample made complete (each empty cell takes the column's first value, so the plain
/// baselines need no missing-data rules), and 10,000 synthetic units drawn from its rows.
/// </summary>
internal sealed class BenchData
{
    private BenchData(BoundRuleset ruleset, ScoringData provinces, ScoringData synthetic)
    {
        Ruleset = ruleset;
        Provinces = provinces;
        Synthetic = synthetic;
    }

    public BoundRuleset Ruleset { get; }

    public ScoringData Provinces { get; }

    public ScoringData Synthetic { get; }

    public static string Root { get; } = FindRoot();

    public static string Ruleset2022 => Path.Combine(Root, "rulesets", "dti-province", "2022.dti");

    public static BenchData Load(int syntheticUnits = 10_000)
    {
        var compilation = RulesetCompilation.FromFile(Ruleset2022);
        var bag = new DiagnosticBag();
        var raw = DatasetReader.Read(Path.Combine(Root, "data", "sample", "provinces-2022.csv"), bag)!;
        var sample = DatasetBinder.Bind(raw, compilation.Ruleset.Schema, UnitList.Provinces63, bag)!;
        var complete = sample.FieldNames.ToDictionary(f => f, f => Complete(sample, f), StringComparer.Ordinal);
        var provinces = new ScoringData(sample.Units, complete);

        var random = new Random(2022);
        var rows = Enumerable.Range(0, syntheticUnits).Select(_ => random.Next(sample.Units.Count)).ToArray();
        var units = Enumerable.Range(0, syntheticUnits)
            .Select(i => new UnitIdentity(i.ToString("00000", CultureInfo.InvariantCulture), "Đơn vị " + i.ToString("00000", CultureInfo.InvariantCulture)))
            .ToList();
        var synthetic = new ScoringData(units, complete.ToDictionary(c => c.Key, c => rows.Select(r => c.Value[r]).ToArray(), StringComparer.Ordinal));
        return new BenchData(compilation.Ruleset, provinces, synthetic);
    }

    /// <summary>The columns as plain decimals, for the hand-written baseline.</summary>
    public static Dictionary<string, decimal[]> PlainColumns(ScoringData data) =>
        data.FieldNames.ToDictionary(f => f, f => Column(data, f).Select(v => v!.Value).ToArray(), StringComparer.Ordinal);

    private static decimal?[] Complete(ScoringData data, string field)
    {
        var column = Column(data, field);
        var first = column.First(v => v is not null);
        return [.. column.Select(v => v ?? first)];
    }

    private static decimal?[] Column(ScoringData data, string field)
    {
        data.TryGetColumn(field, out var column);
        return [.. column];
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DtiRules.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DtiRules.sln not found above " + AppContext.BaseDirectory);
    }
}
