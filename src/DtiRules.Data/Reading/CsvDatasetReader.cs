using System.Text;
using CsvHelper;
using DtiRules.Data.Resources;
using DtiRules.Data.Units;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;

namespace DtiRules.Data.Reading;

/// <summary>
/// Reads a CSV dataset in one of two shapes: wide (header <c>unit,&lt;field&gt;,…</c>, one row per
/// unit) or long (header <c>unit,field,value</c>, one row per cell). Locations are the file's
/// physical line and the 1-based field number.
/// </summary>
internal static class CsvDatasetReader
{
    private const string UnitColumn = "unit";
    private static readonly string[] LongFormHeader = [UnitColumn, "field", "value"];

    /// <summary>Reads <paramref name="text"/>; returns null when the file has no usable header or rows.</summary>
    public static RawDataset? Read(string text, string path, DiagnosticBag diagnostics)
    {
        var (preamble, records) = ReadTable(text, path, diagnostics);
        if (!preamble.DecimalDeclared && preamble.Delimiter == ';' && DecimalCommaGuess.Of(records) is var (count, example) && count > 0)
        {
            preamble.AssumeDecimalComma();
            diagnostics.Report(DataDiagnostics.DecimalCommaAssumed, SourceLocation.File(path), count, example);
        }

        return FromRecords(records, path, preamble, diagnostics);
    }

    /// <summary>The file's settings and notes, and its records without comment or empty lines.</summary>
    internal static (CsvPreamble Preamble, List<CsvRecord> Records) ReadTable(string text, string path, DiagnosticBag diagnostics)
    {
        text = text.TrimStart('\uFEFF');
        var preamble = CsvPreamble.Read(LeadingLines(text), path, diagnostics);
        return (preamble, ReadRecords(text, preamble, path, diagnostics));
    }

    /// <summary>The lines of <paramref name="text"/> one at a time, so the preamble reads only as far as the header.</summary>
    private static IEnumerable<string> LeadingLines(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            yield return text[start..end].TrimEnd('\r');
            start = end + 1;
        }
    }

    /// <summary>
    /// Reads a table already split into records (a CSV file's, or a worksheet's rows): the header
    /// decides wide or long form. Positions use <paramref name="path"/> with each record's line and
    /// the 1-based cell number. Returns null when there is no usable header or no data row.
    /// </summary>
    internal static RawDataset? FromRecords(IReadOnlyList<CsvRecord> records, string path, CsvPreamble preamble, DiagnosticBag diagnostics)
    {
        if (records.Count == 0)
        {
            diagnostics.Report(DataDiagnostics.EmptyData, SourceLocation.File(path), DiagnosticTexts.Phrase(nameof(DiagnosticText.HeaderAndNoDataRows)));
            return null;
        }

        var header = records[0];
        var data = records.Skip(1).ToList();
        var headerNames = header.Cells.Select(c => c.Trim()).ToArray();
        if (!string.Equals(headerNames[0], UnitColumn, StringComparison.OrdinalIgnoreCase))
        {
            var found = headerNames[0].Length == 0 ? DiagnosticTexts.Phrase(nameof(DiagnosticText.FirstColumnNoName)) : DiagnosticTexts.Phrase(nameof(DiagnosticText.FirstColumnIs), headerNames[0]);
            diagnostics.Report(DataDiagnostics.NoUnitColumn, new SourceLocation(path, header.Line, 1), found);
            return null;
        }

        if (data.Count == 0)
        {
            diagnostics.Report(DataDiagnostics.EmptyData, new SourceLocation(path, header.Line, 1), DiagnosticTexts.Phrase(nameof(DiagnosticText.DataRows)));
            return null;
        }

        var isLongForm = headerNames.Length == LongFormHeader.Length
            && headerNames.Zip(LongFormHeader).All(p => string.Equals(p.First, p.Second, StringComparison.OrdinalIgnoreCase));
        return isLongForm
            ? ReadLongForm(data, path, preamble, diagnostics)
            : ReadWideForm(header.Line, headerNames, data, path, preamble, diagnostics);
    }

    private static List<CsvRecord> ReadRecords(string text, CsvPreamble preamble, string path, DiagnosticBag diagnostics)
    {
        var malformed = new Dictionary<long, CsvMalformedReason>();
        var options = new CsvReaderOptions
        {
            Separator = preamble.Delimiter,
            HasHeader = false,
            TrackLineNumbers = true,
            CommentPrefix = '#',
            OnMalformedRecord = record => malformed.TryAdd(record.LineNumber, record.Reason),

        };
        var separatorLine = preamble.SeparatorLineIndex + 1;
        var records = new List<CsvRecord>();
        var buffer = new byte[1024];
        // The reader's own copy of a string's text would stay in the shared array pool after reading;
        // bytes of our own are freed with the rest.
        using var reader = CsvReader.Create(Encoding.UTF8.GetBytes(text), options);
        Func<int, ReadOnlySpan<byte>> cellOf = reader.GetSpan;
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            if (line == separatorLine)
            {
                // Excel's sep= line sets the delimiter and is no data.
                continue;
            }

            if (malformed.TryGetValue(reader.LineNumber, out var reason))
            {
                diagnostics.Report(DataDiagnostics.MalformedQuoting, new SourceLocation(path, line, 1), Describe(reason));
                continue;
            }

            var cells = PackedCells.Of(reader.FieldCount, cellOf, ref buffer);
            if (!cells.IsBlank())
            {
                records.Add(new CsvRecord(line, cells));
            }
        }

        return records;
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote => DiagnosticTexts.Phrase(nameof(DiagnosticText.Csv_Unterminated)),
        CsvMalformedReason.TextAfterClosingQuote => DiagnosticTexts.Phrase(nameof(DiagnosticText.Csv_TextAfterQuote)),
        CsvMalformedReason.StrayQuote => DiagnosticTexts.Phrase(nameof(DiagnosticText.Csv_StrayQuote)),
        _ => DiagnosticTexts.Phrase(nameof(DiagnosticText.Csv_Broken)),
    };

    private static RawDataset ReadWideForm(int headerLine, string[] headerNames, IReadOnlyList<CsvRecord> data, string path, CsvPreamble preamble, DiagnosticBag diagnostics)
    {
        var fieldLocations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var firstColumnOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var usedColumns = new List<int>();
        var fields = new List<string>();
        for (var index = 1; index < headerNames.Length; index++)
        {
            var name = headerNames[index];
            var location = new SourceLocation(path, headerLine, index + 1);
            if (name.Length == 0)
            {
                diagnostics.Report(DataDiagnostics.EmptyFieldName, location, DiagnosticTexts.Phrase(nameof(DiagnosticText.ColumnNumber), index + 1));
            }
            else if (firstColumnOf.TryGetValue(name, out var first))
            {
                diagnostics.Report(DataDiagnostics.DuplicateColumn, location, name, first);
            }
            else
            {
                firstColumnOf[name] = index + 1;
                fieldLocations[name] = location;
                usedColumns.Add(index);
                fields.Add(name);
            }
        }

        var columns = new WideColumns(path, fields, usedColumns);
        var rows = new List<RawUnitRow>(data.Count);
        foreach (var record in data)
        {
            if (!HasCellCount(record, headerNames.Length, path, diagnostics)
                || !TryGetUnit(record, path, diagnostics, out var unitText))
            {
                continue;
            }

            rows.Add(new RawUnitRow(unitText, new SourceLocation(path, record.Line, 1), new WideRowCells(columns, record.Cells, record.Line)));
        }

        return new RawDataset(path, rows, preamble.DecimalComma, preamble.Notes) { FieldLocations = fieldLocations, Fields = fields };
    }

    private static RawDataset ReadLongForm(IReadOnlyList<CsvRecord> data, string path, CsvPreamble preamble, DiagnosticBag diagnostics)
    {
        var fieldLocations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var unitGroups = new UnitNameGroups<LongFormUnit>();
        var unitOrder = new List<LongFormUnit>();
        foreach (var record in data)
        {
            if (!HasCellCount(record, LongFormHeader.Length, path, diagnostics)
                || !TryGetUnit(record, path, diagnostics, out var unitText))
            {
                continue;
            }

            var field = record.Cells[1].Trim();
            var fieldLocation = new SourceLocation(path, record.Line, 2);
            if (field.Length == 0)
            {
                diagnostics.Report(DataDiagnostics.EmptyFieldName, fieldLocation, DiagnosticTexts.Phrase(nameof(DiagnosticText.ThisRow)));
                continue;
            }

            if (!unitGroups.TryGet(unitText, out var unit))
            {
                unit = new LongFormUnit(unitText, new SourceLocation(path, record.Line, 1));
                unitGroups.Add(unitText, unit);
                unitOrder.Add(unit);
            }

            if (unit.FieldLines.TryGetValue(field, out var firstLine))
            {
                diagnostics.Report(DataDiagnostics.DuplicateLongFormCell, fieldLocation, unit.UnitText, field, firstLine);
                continue;
            }

            unit.FieldLines[field] = record.Line;
            fieldLocations.TryAdd(field, fieldLocation);
            unit.Cells.Add(new RawCell(field, record.Cells[2], new SourceLocation(path, record.Line, 3)));
        }

        var rows = unitOrder.Select(u => new RawUnitRow(u.UnitText, u.Location, u.Cells)).ToList();
        return new RawDataset(path, rows, preamble.DecimalComma, preamble.Notes) { FieldLocations = fieldLocations };
    }

    /// <summary>True when the record has <paramref name="expected"/> cells (or more, all blank); otherwise reports the row.</summary>
    internal static bool HasCellCount(CsvRecord record, int expected, string path, DiagnosticBag diagnostics)
    {
        var cells = record.Cells;

        // Spreadsheets often export trailing empty cells; they carry nothing, so they are no error.
        if (cells.Length == expected || (cells.Length > expected && cells.Skip(expected).All(string.IsNullOrWhiteSpace)))
        {
            return true;
        }

        var location = new SourceLocation(path, record.Line, Math.Min(cells.Length, expected) + 1);
        diagnostics.Report(DataDiagnostics.WrongCellCount, location, cells.Length, expected);
        return false;
    }

    private static bool TryGetUnit(CsvRecord record, string path, DiagnosticBag diagnostics, out string unitText)
    {
        unitText = record.Cells[0].Trim();
        if (unitText.Length > 0)
        {
            return true;
        }

        diagnostics.Report(DataDiagnostics.EmptyUnitName, new SourceLocation(path, record.Line, 1));
        return false;
    }
}
