using System.Globalization;
using DtiRules.Analysis.Explain;
using DtiRules.Language.Binding;
using DtiRules.Language.Binding.Analysis;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Diagnostics;
using DtiRules.Scoring;

namespace DtiRules.Analysis.Attribution;

/// <summary>
/// Plans input changes for one unit to reach a rank: each input moves only the way the rules reward
/// (<see cref="TrendAnalyzer"/>) and as far as its range and the realism level among all units allow; the step with the most points gained per unit of distance
/// (a share of the input's range) is taken first, and everything is rescored after each step, so
/// cohort functions move as they would. Candidates are re-evaluated lazily (a candidate is taken when
/// its ratio, worked out again now, still beats every other's last ratio), and an input that gains
/// nothing at the start is not tried again. The last step is cut back to the least that still
/// reaches the rank.
/// </summary>
public static class Planner
{
    /// <summary>
    /// The plan for unit <paramref name="unit"/> of <paramref name="data"/>; null with DR4116 when
    /// the target is not a rank of the units. A plan that cannot reach the target says so
    /// (<see cref="Plan.Reached"/> false) and DR4117 is reported. Every rescoring is done by the
    /// engine <paramref name="scorers"/> chooses.
    /// </summary>
    public static Plan? Make(BoundRuleset ruleset, ScoringData data, int unit, int targetRank, Realism realism, IScorerFactory scorers, DiagnosticBag diagnostics)
    {
        if (targetRank < 1 || targetRank > data.Units.Count)
        {
            diagnostics.Report(ExplainDiagnostics.TargetRankOutOfRange, null, targetRank, data.Units.Count);
            return null;
        }

        var index = ruleset.Index;
        var columns = data.FieldNames.ToDictionary(f => f, f => Column(data, f), StringComparer.Ordinal);
        var scorer = scorers.Create(ruleset, data.Units.Count);
        ScoringResult Score() => scorer.Score(new ScoringData(data.Units, columns.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)));
        int? RankOf(ScoringResult r) => index is null ? null : r.Rank(index, unit);
        var start = Score();
        var current = start;
        var steps = new List<PlanStep>();
        var candidates = new List<Candidate>();
        foreach (var input in ruleset.Inputs.Where(i => (i.Type.IsNumeric || i.Type.Kind == TypeKind.YesNo) && columns.ContainsKey(i.Name)))
        {
            if (Cap(input, TrendAnalyzer.IndexTrend(ruleset, input), data, realism, columns[input.Name][unit]) is { } cap)
            {
                candidates.Add(Evaluate(new Candidate(input, cap.Cap, cap.Width, 0m, 0m, null), columns, unit, current, Score, RankOf));
            }
        }

        candidates.RemoveAll(c => c.Gained <= 0m);

        // Lazy greedy: a candidate's ratio is worked out again at the current state before it is
        // taken, and taken only if it still beats every other candidate's last known ratio.
        while ((RankOf(current) is not { } rank || rank > targetRank) && candidates.Count > 0)
        {
            var top = candidates.OrderByDescending(c => c.Ratio).ThenBy(c => c.Input.Ordinal).First();
            candidates.Remove(top);
            var fresh = Evaluate(top, columns, unit, current, Score, RankOf);
            if (fresh.Gained <= 0m)
            {
                continue;
            }

            if (candidates.Count > 0 && fresh.Ratio < candidates.Max(c => c.Ratio))
            {
                candidates.Add(fresh);
                continue;
            }

            candidates.RemoveAll(c => c.Input == fresh.Input);
            var step = new PlanStep(fresh.Input, columns[fresh.Input.Name][unit], fresh.Cap, fresh.Cap, fresh.Gained, fresh.RankAfter);
            Set(columns, fresh.Input, unit, fresh.Cap);
            current = Score();
            steps.Add(step);
            if (RankOf(current) is { } reached && reached <= targetRank)
            {
                steps[^1] = CutBack(step, columns, unit, targetRank, Score, RankOf, current);
                current = Score();
            }
        }

        var plan = new Plan(
            data.Units[unit], targetRank, realism, RankOf(start), RankOf(current),
            index is null ? null : start.OutputValue(index, unit), index is null ? null : current.OutputValue(index, unit), steps);
        if (!plan.Reached)
        {
            diagnostics.Report(ExplainDiagnostics.TargetNotReachable, null, data.Units[unit].Name, targetRank, Name(realism), RankOf(current)?.ToString(CultureInfo.InvariantCulture) ?? "none");
        }

        return plan;
    }

    /// <summary>The candidate's gain and ratio if it were taken now.</summary>
    private static Candidate Evaluate(
        Candidate candidate, Dictionary<string, decimal?[]> columns, int unit, ScoringResult current, Func<ScoringResult> score, Func<ScoringResult, int?> rankOf)
    {
        var from = columns[candidate.Input.Name][unit];
        var trial = With(columns, candidate.Input, unit, candidate.Cap, score);
        var gained = (trial.Total(unit) ?? 0m) - (current.Total(unit) ?? 0m);
        var distance = Math.Abs(candidate.Cap - (from ?? candidate.Input.Minimum ?? 0m)) / candidate.Width;
        return candidate with { Gained = gained, Ratio = gained / Math.Max(distance, 0.000001m), RankAfter = rankOf(trial) };
    }

    /// <summary>The realism level as written on the command line.</summary>
    public static string Name(Realism realism) => realism switch
    {
        Realism.Best => "best",
        Realism.P90 => "p90",
        Realism.P75 => "p75",
        Realism.Median => "median",
    };

    /// <summary>The text a value is written with in a scenario: yes/no as words, numbers invariant.</summary>
    public static string ValueText(InputSymbol input, decimal value) =>
        input.Type.Kind == TypeKind.YesNo ? (value >= 1m ? "yes" : "no") : (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Where an input may go, only the way the rules reward: up to the realism level of all units'
    /// values for an input where more scores more, down to the mirrored level for one where less
    /// scores more (an inverted ratio), never past the unit's own value the other way nor outside
    /// the input's declared range; with the width its distance is measured in. An input the rules
    /// reward both ways, or not at all, is not moved: lowering a denominator to raise a share is
    /// not an improvement an office can make.
    /// </summary>
    private static (decimal Cap, decimal Width)? Cap(InputSymbol input, Trend trend, ScoringData data, Realism realism, decimal? current)
    {
        var values = data.TryGetColumn(input.Name, out var column) ? column.OfType<decimal>().Order().ToList() : [];
        if (values.Count == 0)
        {
            return null;
        }

        var share = realism switch
        {
            Realism.Best => 1m,
            Realism.P90 => 0.9m,
            Realism.P75 => 0.75m,
            Realism.Median => 0.5m,
        };
        var low = input.Type.Kind == TypeKind.YesNo ? 0m : input.Minimum ?? values[0];
        var high = input.Type.Kind == TypeKind.YesNo ? 1m : input.Maximum ?? values[^1];
        var width = Math.Max(high - low, values[^1] - values[0]) is var w && w > 0m ? w : 1m;
        decimal? cap = trend switch
        {
            Trend.Rising => Math.Min(Math.Max(NearestRank(values, share), low), high) is var up && (current is null || up > current) ? up : null,
            Trend.Falling => Math.Max(Math.Min(NearestRank(values, 1m - share), high), low) is var down && (current is null || down < current) ? down : null,
            Trend.Steady or Trend.Either => null,
        };
        return cap is { } c ? (c, width) : null;
    }

    /// <summary>The nearest-rank quantile: a value some unit has.</summary>
    private static decimal NearestRank(List<decimal> sorted, decimal share) =>
        sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>The last step brought back, by halving, to the least change that still reaches the rank (whole numbers for counts, hundredths otherwise).</summary>
    private static PlanStep CutBack(
        PlanStep step, Dictionary<string, decimal?[]> columns, int unit, int targetRank, Func<ScoringResult> score, Func<ScoringResult, int?> rankOf, ScoringResult reached)
    {
        var (lo, hi) = (step.From ?? step.Input.Minimum ?? 0m, step.To);
        var granularity = step.Input.Type.Kind is TypeKind.Count or TypeKind.YesNo ? 1m : 0.01m;
        var gainedAtCap = step.PointsGained;
        for (var i = 0; i < 40 && Math.Abs(hi - lo) > granularity; i++)
        {
            var mid = Snap((lo + hi) / 2m, granularity, towards: step.To > lo);
            if (mid == hi || mid == lo)
            {
                break;
            }

            Set(columns, step.Input, unit, mid);
            if (rankOf(score()) is { } rank && rank <= targetRank)
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        Set(columns, step.Input, unit, hi);
        var result = hi == step.To ? reached : score();
        return step with { To = hi, RankAfter = rankOf(result), PointsGained = hi == step.To ? gainedAtCap : gainedAtCap - ((reached.Total(unit) ?? 0m) - (result.Total(unit) ?? 0m)) };
    }

    private static decimal Snap(decimal value, decimal granularity, bool towards) =>
        (towards ? Math.Ceiling(value / granularity) : Math.Floor(value / granularity)) * granularity;

    /// <summary>The result with one cell changed, the cell put back afterwards; only inputs the data has a column of are planned.</summary>
    private static ScoringResult With(Dictionary<string, decimal?[]> columns, InputSymbol input, int unit, decimal value, Func<ScoringResult> score)
    {
        var old = columns[input.Name][unit];
        Set(columns, input, unit, value);
        var result = score();
        columns[input.Name][unit] = old;
        return result;
    }

    private static void Set(Dictionary<string, decimal?[]> columns, InputSymbol input, int unit, decimal value) => columns[input.Name][unit] = value;

    private static decimal?[] Column(ScoringData data, string field)
    {
        data.TryGetColumn(field, out var column);
        return [.. column];
    }

    /// <summary>A move of one input to one of its caps, with its gain and points per share of range when last worked out.</summary>
    private sealed record Candidate(InputSymbol Input, decimal Cap, decimal Width, decimal Gained, decimal Ratio, int? RankAfter);
}
