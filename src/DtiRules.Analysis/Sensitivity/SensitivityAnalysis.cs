using DtiRules.Language.Binding;
using DtiRules.Language.Binding.Uncertainty;
using DtiRules.Language.Diagnostics;
using DtiRules.Scoring;

namespace DtiRules.Analysis.Sensitivity;

/// <summary>
/// How firm each unit's rank is under the uncertainty a ruleset declares: N samples of the factors
/// (the rows of matrix A), each scored by the scoring run, give every unit's rank and value
/// intervals; with indices, the rows of B and of each A_B^i (N·(d+2) runs in all) give each factor's
/// first-order and total index. Runs go in parallel, each writing only its own slot, and every draw
/// depends only on the seed and its place in the design, so the result is the same on any number
/// of threads.
/// </summary>
public static class SensitivityAnalysis
{
    /// <summary>The samples a run takes at least, so that N/2 is a sample too.</summary>
    public const int MinimumSamples = 2;

    /// <summary>
    /// Runs the analysis of <paramref name="ruleset"/> over <paramref name="data"/> varying
    /// <paramref name="factors"/>. <paramref name="prepare"/> gives a scorer for each ruleset it is
    /// handed (the ruleset first, then every variant), so the caller chooses the engine; it is told
    /// how many formula cells (units × formulas) the run will compute in all, full runs and
    /// rescores together. Null, with the reasons in <paramref name="diagnostics"/>, when nothing can
    /// be varied or a variant does not bind.
    /// </summary>
    public static SensitivityResult? Run(
        BoundRuleset ruleset,
        ScoringData data,
        IReadOnlyList<UncertaintyFactor> factors,
        SensitivityOptions options,
        Func<IReadOnlyList<BoundRuleset>, long, IReadOnlyList<IScorer>> prepare,
        DiagnosticBag diagnostics)
    {
        if (factors.Count == 0)
        {
            diagnostics.Report(SensitivityDiagnostics.NothingToVary, Language.Text.SourceLocation.File(ruleset.Syntax.Text.Path));
            return null;
        }

        if (RulesetVariantSet.Create(ruleset, factors, diagnostics) is not { } variants)
        {
            return null;
        }

        var unitCount = data.Units.Count;
        var design = new SensitivityDesign(factors, variants, options.Seed, unitCount);
        var scorers = prepare([ruleset, .. variants.Rulesets], FormulaCells(ruleset, design, options, unitCount));
        var nominal = scorers[0].Score(data);
        diagnostics.AddRange(nominal.Diagnostics);
        var evaluator = new SampleEvaluator(ruleset, [.. scorers.Skip(1)], data, design);
        foreach (var noise in evaluator.NoiseWithoutColumn)
        {
            diagnostics.Report(SensitivityDiagnostics.NoiseWithoutColumn, noise.Location, noise.Input.Name);
        }

        var index = ruleset.Index;
        var nominalRanks = new int?[unitCount];
        var nominalValues = new decimal?[unitCount];
        for (var u = 0; u < unitCount; u++)
        {
            nominalRanks[u] = index is null ? null : nominal.Rank(index, u);
            nominalValues[u] = index is null ? null : nominal.OutputValue(index, u);
        }

        var runs = new DesignRuns(design, evaluator, options, nominalRanks);
        runs.Evaluate();
        // Each unit's intervals read only its own column of the runs, so units are summed up in parallel.
        var summaries = new UnitSensitivity[unitCount];
        var rankMoves = new int[unitCount];
        Parallel.For(0, unitCount, new ParallelOptions { MaxDegreeOfParallelism = options.EffectiveThreads }, u =>
        {
            var ranks = runs.RanksOf(u, options.Samples);
            summaries[u] = Unit(data.Units[u], nominalValues[u], nominalRanks[u], ranks, runs.ValuesOf(u, options.Samples), options.Samples, options.Top, unitCount);
            rankMoves[u] = RankMove(ranks, runs.RanksOf(u, options.Samples / 2));
        });
        var units = nominal.UnitsByRank().Select(u => summaries[u]).ToList();
        var indices = options.Indices ? runs.Indices(options.Samples) : [];
        var convergence = Check(runs, options, rankMoves.DefaultIfEmpty(0).Max(), indices);
        if (runs.SamplesWithErrors > 0)
        {
            diagnostics.Report(SensitivityDiagnostics.SamplesWithErrors, Language.Text.SourceLocation.File(ruleset.Syntax.Text.Path), runs.SamplesWithErrors, runs.Count);
        }

        return new SensitivityResult(options, factors, units, indices, convergence, runs.Count + 1, runs.SamplesWithErrors);
    }

    /// <summary>
    /// The formula cells a run computes: every formula of the ruleset and of each variant once, then
    /// in each run of the design what its rescores reach from the fields they change.
    /// </summary>
    private static long FormulaCells(BoundRuleset ruleset, SensitivityDesign design, SensitivityOptions options, int unitCount)
    {
        static long Formulas(BoundRuleset r) => r.Nodes.Count(n => n.Formula is not null) + r.Outputs.Count;
        var variant = design.Variants.Rulesets[0];
        var perRun = SampleEvaluator.ChangedFields(ruleset, design).Sum(fields => (long)ScoringRun.FormulasComputedAgain(variant, fields));
        return (unitCount * (Formulas(ruleset) + design.Variants.Rulesets.Sum(Formulas))) + ((long)DesignRuns.CountOf(options, design.Factors.Count) * unitCount * perRun);
    }

    private static UnitSensitivity Unit(UnitIdentity identity, decimal? value, int? rank, int[] ranks, decimal[] values, int samples, int top, int unitCount)
    {
        var topCount = ranks.Count(r => r <= top);
        int? p05 = ranks.Length == 0 ? null : Percentile(ranks, 0.05m);
        int? p95 = ranks.Length == 0 ? null : Percentile(ranks, 0.95m);
        StabilityClass? stability = p05 is { } low && p95 is { } high
            ? (high - low) switch
            {
                0 => StabilityClass.Firm,
                var width when width <= UnitSensitivity.LittleMovement(unitCount) => StabilityClass.MovesALittle,
                _ => StabilityClass.Uncertain,
            }
            : null;
        return new UnitSensitivity(
            identity,
            value,
            rank,
            ranks.Length == 0 ? null : Percentile(ranks, 0.5m),
            p05,
            p95,
            values.Length == 0 ? null : Percentile(values, 0.05m),
            values.Length == 0 ? null : Percentile(values, 0.95m),
            (decimal)topCount / samples,
            stability);
    }

    /// <summary>How far the unit's 5th and 95th rank percentiles moved from the first half of the samples to all of them.</summary>
    private static int RankMove(int[] all, int[] half) =>
        all.Length == 0 || half.Length == 0
            ? 0
            : Math.Max(Math.Abs(Percentile(all, 0.05m) - Percentile(half, 0.05m)), Math.Abs(Percentile(all, 0.95m) - Percentile(half, 0.95m)));

    private static Convergence Check(DesignRuns runs, SensitivityOptions options, int largestRankMove, IReadOnlyList<FactorIndex> indices)
    {
        double? largestIndexMove = null;
        if (options.Indices)
        {
            var halfIndices = runs.Indices(options.Samples / 2, bootstrap: false);
            largestIndexMove = indices.Zip(halfIndices, (full, part) => Math.Max(Move(full.FirstOrder, part.FirstOrder), Move(full.Total, part.Total))).DefaultIfEmpty(0).Max();
        }

        return new Convergence(largestRankMove, largestIndexMove);
    }

    private static double Move(double? full, double? half) => full is { } f && half is { } h ? Math.Abs(f - h) : 0;

    /// <summary>Nearest-rank percentile of sorted values: the smallest with at least <paramref name="share"/> of them at or below it.</summary>
    internal static T Percentile<T>(T[] sorted, decimal share) => sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Length) - 1)];
}
