using System.Globalization;
using System.Text;
using DtiRules.Data.Binding;
using DtiRules.Data.Reading;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Scoring;

namespace DtiRules.Tests.Infrastructure;

/// <summary>
/// Scores a ruleset on a small table of given node values (0–1), units written as a user would,
/// against the ruleset's own unit list; and the published rounding, for expectations computed by hand.
/// </summary>
internal static class GivenValues
{
    public static ScoringResult Score(BoundRuleset ruleset, IReadOnlyList<string> fields, IEnumerable<(string Unit, decimal[] Values)> rows)
    {
        var csv = new StringBuilder("unit," + string.Join(",", fields) + "\n");
        foreach (var (unit, values) in rows)
        {
            csv.Append(unit.Contains(',', StringComparison.Ordinal) ? $"\"{unit}\"" : unit)
                .Append(',').AppendJoin(",", values.Select(v => v.ToString(CultureInfo.InvariantCulture))).Append('\n');
        }

        var diagnostics = new DiagnosticBag();
        var list = new UnitListLoader(null).For(ruleset.Header, diagnostics);
        var raw = DatasetReader.ReadText(csv.ToString(), "given.csv", diagnostics);
        var data = raw is null || list is null ? null : DatasetBinder.Bind(raw, ruleset.Schema, list, diagnostics);
        Assert.True(data is not null, string.Join("\n", diagnostics) + "\n" + csv);
        var result = new Interpreter(ruleset).Score(data);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result;
    }

    /// <summary>A published value: 4 decimals, halves away from zero.</summary>
    public static decimal Published(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    /// <summary>The competition rank of <paramref name="value"/> among <paramref name="all"/>: 1 + the number of higher values.</summary>
    public static int CompetitionRank(decimal value, IEnumerable<decimal> all) => 1 + all.Count(v => v > value);
}
