using DtiRules.Language.Binding;
using DtiRules.Data.Reading;
using DtiRules.Data.Text;
using DtiRules.Data.Units;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Evaluation;
using DtiRules.Language.Text;

namespace DtiRules.Data.Binding;

/// <summary>
/// Checks a read dataset against a ruleset's data schema and a unit list, and turns it into
/// <see cref="ScoringData"/>. Every problem is reported; none stops the check early.
/// </summary>
public static class DatasetBinder
{
    /// <summary>
    /// Resolves the units, checks the fields and reads every cell. Returns the data, units in file
    /// order, or null when <paramref name="diagnostics"/> holds any error afterwards (including
    /// errors reported earlier, e.g. by the reader, since scoring partial data would mislead).
    /// </summary>
    public static ScoringData? Bind(
        RawDataset raw, DataSchema schema, UnitList units, DiagnosticBag diagnostics, UnknownFields unknownFields = UnknownFields.Error)
    {
        var unitOfRow = ResolveUnits(raw, units, diagnostics);
        var knownFields = CheckFields(raw, schema, diagnostics, unknownFields);

        var identities = unitOfRow.Where(u => u is not null).Select(u => u!.ToIdentity()).ToList();
        var columns = knownFields.ToDictionary(f => f.Name, _ => new decimal?[identities.Count], StringComparer.Ordinal);
        var unitIndex = 0;
        for (var rowIndex = 0; rowIndex < raw.Rows.Count; rowIndex++)
        {
            var isScored = unitOfRow[rowIndex] is not null;
            foreach (var cell in raw.Rows[rowIndex].Cells)
            {
                if (schema.TryGetField(cell.Field, out var field)
                    && !LegacyFontCheck.Reported(cell.Text, cell.Location, diagnostics)
                    && CellParser.TryParse(cell, field, raw.DecimalComma, diagnostics, out var value)
                    && isScored)
                {
                    columns[field.Name][unitIndex] = value;
                }
            }

            unitIndex += isScored ? 1 : 0;
        }

        return diagnostics.HasErrors ? null : new ScoringData(identities, columns);
    }

    /// <summary>
    /// The unit of each row, or null for a row whose unit is unknown, ambiguous or repeated. Only the
    /// first unknown names get suggestions: searching a long list for each of thousands of names
    /// would cost more than the messages are worth, and so many are not read one by one.
    /// </summary>
    private static List<Unit?> ResolveUnits(RawDataset raw, UnitList units, DiagnosticBag diagnostics)
    {
        const int SuggestedNames = 50;
        var firstRowOf = new Dictionary<Unit, RawUnitRow>();
        var unitOfRow = new List<Unit?>(raw.Rows.Count);
        var unresolved = 0;
        foreach (var row in raw.Rows)
        {
            if (units.Resolve(row.UnitText, row.Location, diagnostics, suggest: unresolved < SuggestedNames) is not { } unit)
            {
                unresolved++;
                unitOfRow.Add(null);
            }
            else if (firstRowOf.TryGetValue(unit, out var first))
            {
                diagnostics.Report(DataDiagnostics.DuplicateUnit, row.Location, row.UnitText, first.Location.Line, first.UnitText, unit.Name);
                unitOfRow.Add(null);
            }
            else
            {
                firstRowOf[unit] = row;
                unitOfRow.Add(unit);
            }
        }

        return unitOfRow;
    }

    /// <summary>Reports unknown fields and nodes given both as value and as points; returns the known fields present.</summary>
    private static List<DataField> CheckFields(RawDataset raw, DataSchema schema, DiagnosticBag diagnostics, UnknownFields unknownFields)
    {
        // Fields in order of first appearance, each located where it is named.
        var present = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var presentOrder = new List<string>();
        foreach (var cell in raw.Rows.SelectMany(r => r.Cells))
        {
            if (present.TryAdd(cell.Field, raw.FieldLocations.TryGetValue(cell.Field, out var named) ? named : cell.Location))
            {
                presentOrder.Add(cell.Field);
            }
        }

        var known = new List<DataField>();
        var ignored = new List<string>();
        foreach (var name in presentOrder)
        {
            var location = present[name];
            if (schema.TryGetField(name, out var field))
            {
                known.Add(field);
                continue;
            }

            if (unknownFields == UnknownFields.Ignore)
            {
                ignored.Add(name);
                continue;
            }

            var suggestions = NameSuggestions.Closest(name, schema.Fields.Select(f => f.Name), 3);
            diagnostics.Report(DataDiagnostics.UnknownField, location, name, SuggestionPhrase.DidYouMean(suggestions));
        }

        if (ignored.Count > 0)
        {
            const int Named = 8;
            var names = string.Join(", ", ignored.Take(Named)) + (ignored.Count > Named ? $" and {ignored.Count - Named} more" : string.Empty);
            diagnostics.Report(DataDiagnostics.FieldsNotUsed, SourceLocation.File(raw.Path), ignored.Count, names);
        }

        foreach (var points in known.Where(f => f.Name.EndsWith(DataSchema.PointsSuffix, StringComparison.Ordinal)))
        {
            var node = points.Name[..^DataSchema.PointsSuffix.Length];
            if (known.Exists(f => f.Name == node))
            {
                diagnostics.Report(DataDiagnostics.ValueAndPoints, present[points.Name], node);
            }
        }

        return known;
    }
}
