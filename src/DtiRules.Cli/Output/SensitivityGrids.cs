using System.Globalization;
using DtiRules.Analysis.Sensitivity;
using DtiRules.Language.Binding.Uncertainty;

namespace DtiRules.Cli.Output;

/// <summary>A sensitivity result as the text cells its table, CSV and workbook share, and the notes that explain them.</summary>
internal static class SensitivityGrids
{
    public static TextGrid Units(SensitivityResult result) => new(
        ["unit", "code", "value", "rank", "rank_median", "rank_p05", "rank_p95", "value_p05", "value_p95", "p_top", "stability"],
        [.. result.Units.Select(u => (IReadOnlyList<string>)
        [
            u.Unit.Name, u.Unit.Code, Number(u.Value), Number(u.Rank), Number(u.RankMedian), Number(u.RankP05), Number(u.RankP95),
            Number(u.ValueP05), Number(u.ValueP95), Number(u.TopShare), u.Stability is { } s ? StabilityText(s) : string.Empty,
        ])],
        2);

    public static TextGrid Indices(SensitivityResult result) => new(
        ["factor", "first_order", "first_order_ci", "total", "total_ci"],
        [.. result.Indices.Select(i => (IReadOnlyList<string>)
            [i.Factor, Number(i.FirstOrder), Interval(i.FirstOrderInterval), Number(i.Total), Interval(i.TotalInterval)])],
        1);

    public static IReadOnlyList<string> Notes(SensitivityResult result)
    {
        var options = result.Options;
        var notes = new List<string>
        {
            $"{options.Samples} samples (seed {options.Seed}), {result.Runs} scoring runs; factors: {string.Join(", ", result.Factors.Select(Describe))}.",
            $"rank_p05..rank_p95 and value_p05..value_p95: 5th to 95th percentile over the samples; p_top: share of samples ranking {options.Top} or better (K = {options.Top}).",
            $"stability: firm (one rank), moves a little (at most {UnitSensitivity.LittleMovement(result.Units.Count)} places), uncertain (more).",
            ConvergenceNote(result),
        };
        if (options.Indices)
        {
            var target = options.Target == IndexTarget.RankShift ? "the mean absolute change of rank against the ruleset as written" : "the mean index value";
            notes.Add($"indices: share of the variance of {target}; first order by Saltelli (2010), total by Jansen (1999); 95% intervals from {options.BootstrapSamples} bootstrap resamples.");
        }

        return notes;
    }

    public static string StabilityText(StabilityClass stability) => stability switch
    {
        StabilityClass.Firm => "firm",
        StabilityClass.MovesALittle => "moves a little",
        StabilityClass.Uncertain => "uncertain",
    };

    private static string ConvergenceNote(SensitivityResult result)
    {
        var convergence = result.Convergence;
        var half = result.Options.Samples / 2;
        var indices = convergence.LargestIndexMove is { } move ? $" and the indices at most {Number(move)}" : string.Empty;
        var verdict = convergence.IsEnough
            ? $"{result.Options.Samples} samples were enough"
            : $"{result.Options.Samples} samples were not enough: run again with --samples {result.Options.Samples * 2}";
        return $"convergence: from {half} to {result.Options.Samples} samples the rank percentiles moved at most {convergence.LargestRankMove} {(convergence.LargestRankMove == 1 ? "place" : "places")}{indices}; {verdict}.";
    }

    private static string Describe(UncertaintyFactor factor) => factor switch
    {
        WeightFactor w => $"{w.Name} {Number(w.Low)}..{Number(w.High)}",
        NoiseFactor n => $"{n.Name} ±{Number(n.Spread * 100m)}%",
        PolicyFactor p => $"{p.Name} {string.Join(" | ", p.Alternatives.Select(a => a.Policy.ToString().ToLowerInvariant()))}",
        FormulaFactor f => $"{f.Name} ({f.Alternatives.Count} formulas)",
        _ => factor.Name,
    };

    private static string Interval((double Low, double High)? interval) =>
        interval is var (low, high) ? $"{Number(low)}..{Number(high)}" : string.Empty;

    private static string Number(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Number(double? value) => value is { } v ? (Math.Round(v, 4, MidpointRounding.AwayFromZero) + 0.0).ToString("0.####", CultureInfo.InvariantCulture) : string.Empty;
}
