using DtiRules.Analysis.Sensitivity;
using DtiRules.Cli.Resources;
using DtiRules.Data.Reports.Html;
using DtiRules.Scoring;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Cli.Output;

/// <summary>The sensitivity section of <c>dti report --sensitivity [N]</c>: the ruleset's declared uncertainty, with indices.</summary>
internal static class SensitivityReport
{
    /// <summary>Samples when <c>--sensitivity</c> is given without a number.</summary>
    public const int DefaultSamples = 1000;

    public static ReportSensitivity? Build(BoundRuleset ruleset, ScoringData data, int samples, ScorerFactory scorers, DiagnosticBag diagnostics)
    {
        if (samples < SensitivityAnalysis.MinimumSamples)
        {
            diagnostics.Report(SensitivityDiagnostics.SensitivityOptionOutOfRange, null, "--sensitivity", samples, DiagnosticTexts.Phrase(nameof(DiagnosticText.Expected_AtLeastSamples), SensitivityAnalysis.MinimumSamples));
            return null;
        }

        var options = new SensitivityOptions(samples, Indices: true);
        // The ruleset's scoring diagnostics were reported when the report scored it; the run adds only its own.
        var local = new DiagnosticBag();
        var result = SensitivityAnalysis.Run(ruleset, data, ruleset.Uncertainty, options, scorers.CreateMany, local);
        diagnostics.AddRange(result is null ? local : local.Where(d => d.Code.StartsWith("DR4", StringComparison.Ordinal)));
        if (result is null)
        {
            return null;
        }

        return new ReportSensitivity(
            SensitivityGrids.Notes(result),
            [.. result.Units.Where(u => u.Rank is not null && u.RankP05 is not null).Select(u => new RankInterval(u.Unit.Name, u.Rank!.Value, u.RankMedian!.Value, u.RankP05!.Value, u.RankP95!.Value))],
            [.. result.Indices.Select(i => new FactorBar(i.Factor, i.FirstOrder, i.Total))]);
    }
}
