using DtiRules.Data.Binding;
using DtiRules.Data.Reading;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Scoring;

namespace DtiRules.Cli;

/// <summary>Checks rulesets and scores datasets with them: the path every scoring command shares.</summary>
internal static class EditionScorer
{
    /// <summary>The checked ruleset, or null when it has errors (reported to <paramref name="diagnostics"/>).</summary>
    public static BoundRuleset? Compile(string rulesetPath, DiagnosticBag diagnostics)
    {
        using var timing = StageTimings.Measure(Stage.Bind);
        var compilation = RulesetCompilation.FromFile(rulesetPath);
        diagnostics.AddRange(compilation.Diagnostics);
        return compilation.HasErrors ? null : compilation.Ruleset;
    }

    /// <summary>Scores the dataset at <paramref name="dataPath"/> with a ruleset already checked; null when the data has errors.</summary>
    public static ScoringResult? Score(
        BoundRuleset ruleset, string dataPath, UnitList units, DiagnosticBag diagnostics, UnknownFields unknownFields, out IReadOnlyList<string> notes) =>
        Run(ruleset, DataLoader.Load(dataPath, ruleset, units, diagnostics, out notes, unknownFields), diagnostics);

    /// <summary>Scores a dataset already read with a ruleset already checked; null when the data has errors.</summary>
    public static ScoringResult? Score(
        BoundRuleset ruleset, RawDataset raw, UnitList units, DiagnosticBag diagnostics, UnknownFields unknownFields, ScoringEngine engine = ScoringEngine.Interpreted) =>
        Run(ruleset, Bind(raw, ruleset, units, diagnostics, unknownFields), diagnostics, engine);

    private static ScoringData? Bind(RawDataset raw, BoundRuleset ruleset, UnitList units, DiagnosticBag diagnostics, UnknownFields unknownFields)
    {
        using var timing = StageTimings.Measure(Stage.Bind);
        return DatasetBinder.Bind(raw, ruleset.Schema, units, diagnostics, unknownFields);
    }

    private static ScoringResult? Run(BoundRuleset ruleset, ScoringData? data, DiagnosticBag diagnostics, ScoringEngine engine = ScoringEngine.Interpreted)
    {
        if (data is null)
        {
            return null;
        }

        var scorer = ScorerFactory.Create(ruleset, data.Units.Count, engine);
        ScoringResult result;
        using (StageTimings.Measure(Stage.Score))
        {
            result = scorer.Score(data);
        }

        diagnostics.AddRange(result.Diagnostics);
        return result;
    }
}
