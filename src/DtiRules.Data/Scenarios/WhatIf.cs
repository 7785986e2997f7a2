using DtiRules.Analysis.Explain;
using DtiRules.Data.Reading;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Data.Scenarios;

/// <summary>
/// A dataset with some values changed, to be scored again: every unit is rescored, so cohort functions
/// (best in class, ranks, medians) move for everyone. Settings are checked as data cells are, at
/// the place they were written.
/// </summary>
public static class WhatIf
{
    /// <summary>
    /// The dataset with <paramref name="settings"/> applied, or null when a setting names an unknown
    /// unit or input (each reported where it was written). Values are checked when the result is bound.
    /// </summary>
    public static RawDataset? Apply(RawDataset raw, IReadOnlyList<DataSetting> settings, BoundRuleset ruleset, UnitList units, DiagnosticBag diagnostics)
    {
        var rowOfCode = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < raw.Rows.Count; r++)
        {
            if (units.TryResolve(raw.Rows[r].UnitText, out var unit))
            {
                rowOfCode.TryAdd(unit.Code, r);
            }
        }

        var inputs = ruleset.Inputs.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        var changed = new Dictionary<int, List<DataSetting>>();
        var failed = false;
        foreach (var setting in settings)
        {
            if (units.Resolve(setting.Unit, setting.UnitLocation, diagnostics) is not { } unit)
            {
                failed = true;
                continue;
            }

            if (!rowOfCode.TryGetValue(unit.Code, out var row))
            {
                diagnostics.Report(ExplainDiagnostics.UnitNotInData, setting.UnitLocation, unit.Name, raw.Rows.Count);
                failed = true;
                continue;
            }

            if (!inputs.Contains(setting.Field))
            {
                var closest = NameSuggestions.Closest(setting.Field, inputs, 3);
                diagnostics.Report(ExplainDiagnostics.UnknownSetField, setting.Location, setting.Field, SuggestedNames.InParentheses(closest));
                failed = true;
                continue;
            }

            (changed.TryGetValue(row, out var list) ? list : changed[row] = []).Add(setting);
        }

        if (failed)
        {
            return null;
        }

        return raw with
        {
            Rows = [.. raw.Rows.Select((row, r) => changed.TryGetValue(r, out var set) ? row with { Cells = Replaced(row.Cells, set) } : row)],
            Fields = [.. raw.Fields.Concat(settings.Select(s => s.Field)).Distinct(StringComparer.Ordinal)],
        };
    }

    private static IReadOnlyList<RawCell> Replaced(IReadOnlyList<RawCell> cells, List<DataSetting> settings)
    {
        var last = settings.GroupBy(s => s.Field).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var kept = cells.Where(c => !last.ContainsKey(c.Field));
        return [.. kept, .. last.Values.Select(s => new RawCell(s.Field, s.Value, s.Location))];
    }
}
