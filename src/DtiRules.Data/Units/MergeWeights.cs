using DtiRules.Data.Reading;
using DtiRules.Data.Resources;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Schema;
using DtiRules.Language.Text;
using DtiRules.Scoring;

namespace DtiRules.Data.Units;

/// <summary>Reads the data column that weights a merger (e.g. population): one positive number per unit.</summary>
public static class MergeWeights
{
    /// <summary>
    /// The weight of every unit of <paramref name="raw"/> that <paramref name="list"/> resolves, by
    /// unit code; null, with every missing, unreadable or non-positive weight reported, when any unit
    /// lacks one. Rows naming unknown units are left to the dataset binder, which reports them.
    /// <paramref name="rollUp"/> says the weights are for a roll-up to the parents, not a merger.
    /// </summary>
    public static IReadOnlyDictionary<string, decimal>? Read(RawDataset raw, string column, UnitList list, bool rollUp, DiagnosticBag diagnostics)
    {
        if (!raw.Rows.Any(r => r.Cells.Any(c => c.Field == column)))
        {
            var (change, option) = rollUp ? (DiagnosticTexts.Phrase(nameof(DiagnosticText.TheRollUp)), "--rollup-weight") : (DiagnosticTexts.Phrase(nameof(DiagnosticText.TheMerger)), "--merge-weight");
            diagnostics.Report(DataDiagnostics.MergeWeightColumnMissing, SourceLocation.File(raw.Path), column, change, option);
            return null;
        }

        var field = new DataField(column, column, FieldKind.Number, 0m, null, [], []);
        var weights = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var complete = true;
        foreach (var row in raw.Rows)
        {
            if (!list.TryResolve(row.UnitText, out var unit))
            {
                continue;
            }

            var cell = row.Cells.FirstOrDefault(c => c.Field == column);
            if (cell is null)
            {
                diagnostics.Report(DataDiagnostics.MergeWeightMissing, row.Location, unit.Name, column);
                complete = false;
                continue;
            }

            if (!CellParser.TryParse(cell, field, raw.DecimalComma, diagnostics, out var weight))
            {
                complete = false;
            }
            else if (weight is not > 0m)
            {
                diagnostics.Report(DataDiagnostics.MergeWeightMissing, cell.Location, unit.Name, column);
                complete = false;
            }
            else
            {
                weights.TryAdd(unit.Code, weight.Value);
            }
        }

        return complete ? weights : null;
    }
}
