using System.Globalization;
using DtiRules.Data.Reading;
using DtiRules.Data.Resources;
using DtiRules.Data.Text;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Schema;
using DtiRules.Language.Text;
using DtiRules.Scoring;

namespace DtiRules.Data.Binding;

/// <summary>
/// Checks a read dataset against a ruleset's data schema and a unit list, and turns it into
/// <see cref="ScoringData"/>. Every problem is reported; none stops the check early.
/// </summary>
public static class DatasetBinder
{
    // Names searched for a "did you mean": more would cost more than the messages are worth, and so many are not read one by one.
    private const int SearchedForSuggestions = 50;

    /// <summary>
    /// Resolves the units, checks the fields and reads every cell. Returns the data, units in file
    /// order, or null when <paramref name="diagnostics"/> holds any error afterwards (including
    /// errors reported earlier, e.g. by the reader, since scoring partial data would mislead).
    /// </summary>
    public static ScoringData? Bind(
        RawDataset raw, DataSchema schema, UnitList units, DiagnosticBag diagnostics, UnknownFields unknownFields = UnknownFields.Error)
    {
        var unitOfRow = ResolveUnits(raw, units, diagnostics);
        var noteColumns = new Dictionary<string, DataNote>(StringComparer.Ordinal);
        var knownFields = CheckFields(raw, schema, diagnostics, unknownFields, noteColumns);

        var identities = unitOfRow.Where(u => u is not null).Select(u => u!.ToIdentity()).ToList();
        var columns = knownFields.ToDictionary(f => f.Name, _ => new decimal?[identities.Count], StringComparer.Ordinal);
        var notes = schema.Notes.Where(n => noteColumns.ContainsValue(n)).ToDictionary(n => n.Name, _ => new string[identities.Count], StringComparer.Ordinal);
        var unitIndex = 0;
        for (var rowIndex = 0; rowIndex < raw.Rows.Count; rowIndex++)
        {
            var isScored = unitOfRow[rowIndex] is not null;
            foreach (var cell in raw.Rows[rowIndex].Cells)
            {
                if (isScored && noteColumns.TryGetValue(cell.Field, out var note))
                {
                    // Notes are kept exactly as written, line breaks and all.
                    notes[note.Name][unitIndex] = cell.Text;
                    continue;
                }

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

        ReportPercentFractions(raw, knownFields, columns, diagnostics);
        return diagnostics.HasErrors
            ? null
            : new ScoringData(identities, columns)
            {
                Notes = notes.ToDictionary(n => n.Key, n => (IReadOnlyList<string>)[.. n.Value.Select(t => t ?? string.Empty)], StringComparer.Ordinal),
            };
    }

    /// <summary>
    /// The unit of each row, or null for a row whose unit is unknown, ambiguous or repeated. Only the
    /// first unknown names get suggestions: searching a long list for each of thousands of names
    /// would cost more than the messages are worth, and so many are not read one by one.
    /// </summary>
    private static List<Unit?> ResolveUnits(RawDataset raw, UnitList units, DiagnosticBag diagnostics)
    {
        var firstRowOf = new Dictionary<Unit, RawUnitRow>();
        var unitOfRow = new List<Unit?>(raw.Rows.Count);
        var unresolved = 0;
        foreach (var row in raw.Rows)
        {
            if (row.UnitText.Length > UnitList.MaxNameLength)
            {
                diagnostics.Report(DataDiagnostics.NameTooLong, row.Location, row.UnitText.Length, UnitList.MaxNameLength);
                unitOfRow.Add(null);
            }
            else if (units.Resolve(row.UnitText, row.Location, diagnostics, suggest: unresolved < SearchedForSuggestions) is not { } unit)
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

    /// <summary>
    /// Warns about a percentage column whose every value lies between 0 and 1 with some fraction
    /// among them: that is how Excel stores cells formatted as %, and such a column would score as
    /// under 1% throughout. A field declared with a maximum of 1 or less is left alone.
    /// </summary>
    private static void ReportPercentFractions(RawDataset raw, List<DataField> fields, Dictionary<string, decimal?[]> columns, DiagnosticBag diagnostics)
    {
        foreach (var field in fields.Where(f => f.Kind == FieldKind.Percent && f.Maximum is not <= 1m))
        {
            var values = columns[field.Name].OfType<decimal>().ToList();
            if (values.Count > 0 && values.TrueForAll(v => v is >= 0m and <= 1m) && values.Exists(v => v != decimal.Truncate(v)))
            {
                diagnostics.Report(DataDiagnostics.PercentAsFraction, raw.LocationOf(field.Name), field.Name, values.Max().ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>
    /// Reports unknown fields, a note given twice and nodes given both as value and as points; fills
    /// <paramref name="noteColumns"/> with the columns holding notes; returns the known fields present.
    /// </summary>
    private static List<DataField> CheckFields(
        RawDataset raw, DataSchema schema, DiagnosticBag diagnostics, UnknownFields unknownFields, Dictionary<string, DataNote> noteColumns)
    {
        // Fields in order of first appearance, each located where it is named.
        var present = raw.Fields.ToDictionary(f => f, raw.LocationOf, StringComparer.Ordinal);
        var presentOrder = raw.Fields;
        var known = new List<DataField>();
        var ignored = new List<string>();
        var unknown = 0;
        var noteHint = new NoteHint(raw, schema);
        foreach (var name in presentOrder)
        {
            var location = present[name];
            if (schema.TryGetField(name, out var field))
            {
                known.Add(field);
                continue;
            }

            if (schema.TryGetNote(name, out var note))
            {
                if (noteColumns.FirstOrDefault(c => c.Value == note).Key is { } first)
                {
                    diagnostics.Report(DataDiagnostics.DuplicateColumn, location, name, present[first].Column);
                }
                else
                {
                    noteColumns[name] = note;
                }

                continue;
            }

            if (unknownFields == UnknownFields.Ignore)
            {
                ignored.Add(name);
                continue;
            }

            // As with unit names, only the first unknown columns are searched for a suggestion.
            var suggestions = unknown++ < SearchedForSuggestions ? NameSuggestions.Closest(name, schema.Fields.Select(f => f.Name), 3) : [];
            diagnostics.Report(DataDiagnostics.UnknownField, location, name, SuggestedNames.InParentheses(suggestions), noteHint.For(name));
        }

        if (ignored.Count > 0)
        {
            const int Named = 8;
            var names = string.Join(", ", ignored.Take(Named)) + (ignored.Count > Named ? " " + DiagnosticTexts.Phrase(nameof(DiagnosticText.AndMore), ignored.Count - Named) : string.Empty);
            diagnostics.Report(DataDiagnostics.FieldsNotUsed, SourceLocation.File(raw.Path), ignored.Count, names);
        }

        if (known.Count == 0 && raw.Rows.Count > 0)
        {
            var found = presentOrder.Count == 0 ? DiagnosticTexts.Phrase(nameof(DiagnosticText.OnlyUnitColumn)) : DiagnosticTexts.Phrase(nameof(DiagnosticText.OnlyUnreadColumns), string.Join(", ", presentOrder.Take(3).Select(f => $"'{f}'")) + (presentOrder.Count > 3 ? ", …" : string.Empty));
            var examples = string.Join(", ", schema.Fields.Take(3).Select(f => $"'{f.Name}'"));
            var location = presentOrder.Count > 0 ? present[presentOrder[0]] : SourceLocation.File(raw.Path);
            diagnostics.Report(DataDiagnostics.NoScoredColumn, location, found, examples);
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
