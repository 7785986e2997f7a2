using DtiRules.Data.Binding;
using DtiRules.Data.Reading;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Scoring;

namespace DtiRules.Cli;

/// <summary>Reads a dataset and checks it against a ruleset's schema and a unit list.</summary>
internal static class DataLoader
{
    /// <summary>The checked data, or null with the reasons in <paramref name="diagnostics"/>.</summary>
    public static ScoringData? Load(
        string path, BoundRuleset ruleset, UnitList units, DiagnosticBag diagnostics, out IReadOnlyList<string> notes, UnknownFields unknownFields = UnknownFields.Error)
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
        using var timing = StageTimings.Measure(Stage.Bind);
        return DatasetBinder.Bind(raw, ruleset.Schema, units, diagnostics, unknownFields);
    }
}
