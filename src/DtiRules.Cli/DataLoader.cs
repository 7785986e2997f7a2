using DtiRules.Data;
using DtiRules.Data.Binding;
using DtiRules.Data.Reading;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Evaluation;
using DtiRules.Language.Text;

namespace DtiRules.Cli;

/// <summary>Reads a dataset and checks it against a ruleset's schema and unit registry.</summary>
internal static class DataLoader
{
    /// <summary>The checked data, or null with the reasons in <paramref name="diagnostics"/>.</summary>
    public static ScoringData? Load(
        string path, BoundRuleset ruleset, DiagnosticBag diagnostics, out IReadOnlyList<string> notes, UnknownFields unknownFields = UnknownFields.Error)
    {
        notes = [];
        RawDataset? raw;
        using (StageTimings.Measure(Stage.Read))
        {
            raw = DatasetReader.Read(path, diagnostics);
        }

        if (raw is null)
        {
            return null;
        }

        notes = raw.Notes;
        return Bind(raw, ruleset, diagnostics, unknownFields);
    }

    /// <summary>Checks a dataset already read; null with the reasons in <paramref name="diagnostics"/>.</summary>
    public static ScoringData? Bind(RawDataset raw, BoundRuleset ruleset, DiagnosticBag diagnostics, UnknownFields unknownFields)
    {
        using var timing = StageTimings.Measure(Stage.Bind);
        if (UnitRegistry.ForKind(ruleset.Header.UnitKind) is not { } registry)
        {
            diagnostics.Report(DataDiagnostics.NoUnitRegistry, SourceLocation.File(raw.Path), ruleset.Header.UnitKind);
            return null;
        }

        return DatasetBinder.Bind(raw, ruleset.Schema, registry, diagnostics, unknownFields);
    }
}
