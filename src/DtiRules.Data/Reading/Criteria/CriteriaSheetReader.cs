using System.Text.RegularExpressions;
using DtiRules.Analysis.Reconciliation;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;

namespace DtiRules.Data.Reading.Criteria;

/// <summary>
/// Reads a criteria sheet as offices keep it (CSV or XLSX): title rows above the header, a header
/// found by its code and criterion columns (on one row, or on two where a merged "Điểm" stands over
/// "Tự đánh giá" and "Thẩm định"), a row numbering the columns skipped, group cells merged down
/// filled in, total rows and group headings told apart from criteria.
/// </summary>
public static partial class CriteriaSheetReader
{
    /// <summary>How many rows from the top may come before the header.</summary>
    public const int HeaderSearchRows = 30;

    /// <summary>Reads the sheet at <paramref name="path"/>; null, with the reasons reported, when it has no usable header or Excel turned its codes into numbers.</summary>
    public static CriteriaSheet? Read(string path, string? sheet, CriteriaColumnOptions options, DiagnosticBag diagnostics)
    {
        if (CriteriaGridReader.Read(path, sheet, diagnostics) is not { } table)
        {
            return null;
        }

        if (table.Records.Count == 0)
        {
            diagnostics.Report(DataDiagnostics.EmptyData, SourceLocation.File(table.CellPath), "rows");
            return null;
        }

        if (FindHeader(table, options, diagnostics) is not var (headerIndex, columns, skip))
        {
            return null;
        }

        var rows = new List<CriteriaRow>();
        var group = string.Empty;
        var code = columns.First(c => c.Kind == CriteriaColumnKind.Code);
        var label = columns.First(c => c.Kind == CriteriaColumnKind.Label);
        var numberCodes = new NumberCodeColumn(code.Header);
        foreach (var record in table.Records.Skip(headerIndex + 1 + skip))
        {
            RawCell Cell(CriteriaColumn column) => new(
                column.Header, column.Index < record.Cells.Count ? record.Cells[column.Index] : string.Empty, new SourceLocation(table.CellPath, record.Line, column.Index + 1));

            var codeCell = Cell(code);
            var labelCell = Cell(label);
            if (rows.Count == 0 && IsColumnNumber(labelCell.Text))
            {
                continue;
            }

            var codeText = codeCell.Text.Trim();
            var labelText = OneLine(labelCell.Text);
            if (columns.FirstOrDefault(c => c.Kind == CriteriaColumnKind.Group) is { } groupColumn && Cell(groupColumn).Text.Trim() is { Length: > 0 } groupText)
            {
                group = OneLine(groupText);
            }

            if (codeText.Length == 0 && labelText.Length == 0)
            {
                continue;
            }

            var kind = CriteriaRowKind.Criterion;
            var normalised = string.Empty;
            if (CriteriaHeaders.IsTotal(labelText) || CriteriaHeaders.IsTotal(codeText))
            {
                kind = CriteriaRowKind.Total;
            }
            else if (codeText.Length == 0)
            {
                kind = CriteriaRowKind.Heading;
            }
            else if (CriterionCode.Normalise(codeText) is not { } parsed)
            {
                // A number with a decimal comma waits: when the column is full of them they make one diagnostic.
                if (!numberCodes.Add(codeCell))
                {
                    diagnostics.Report(DataDiagnostics.UnrecognisedCode, codeCell.Location, codeText);
                }

                continue;
            }
            else
            {
                numberCodes.Add(codeCell);
                normalised = parsed;
                kind = CriterionCode.IsRoman(parsed) ? CriteriaRowKind.Heading : CriteriaRowKind.Criterion;
            }

            rows.Add(new CriteriaRow(
                kind,
                normalised,
                codeCell,
                table.NumberCells.Contains((record.Line, code.Index)),
                labelText,
                labelCell,
                group,
                columns.FirstOrDefault(c => c.Kind == CriteriaColumnKind.Max) is { } max ? Cell(max) : null,
                [.. columns.Where(c => c.Kind == CriteriaColumnKind.Round).Select(Cell)],
                [.. columns.Where(c => c.Kind == CriteriaColumnKind.Note && c.Header.Length > 0).Select(Cell)]));
        }

        if (numberCodes.Report(diagnostics))
        {
            // The codes left are no guide to what the turned ones were: nothing is built on the rows.
            return null;
        }

        foreach (var cell in numberCodes.CommaNumbers)
        {
            diagnostics.Report(DataDiagnostics.UnrecognisedCode, cell.Location, cell.Text.Trim());
        }

        return new CriteriaSheet(path, table.CellPath, columns, rows);
    }

    /// <summary>Text on one line: line breaks and runs of white space become one space.</summary>
    public static string OneLine(string text) => string.Join(' ', text.Split((char[])[' ', '\t', '\r', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));

    private static (int Index, List<CriteriaColumn> Columns, int Skip)? FindHeader(TextTable table, CriteriaColumnOptions options, DiagnosticBag diagnostics)
    {
        var searched = Math.Min(HeaderSearchRows, table.Records.Count);
        for (var i = 0; i < searched; i++)
        {
            var headers = table.Records[i].Cells.Select(OneLine).ToList();
            var columns = Recognise(headers, options);
            if (!columns.Any(c => c.Kind == CriteriaColumnKind.Code) || !columns.Any(c => c.Kind == CriteriaColumnKind.Label))
            {
                continue;
            }

            // A merged "Điểm" over "Tự đánh giá | Thẩm định": the row below names the rounds.
            var skip = 0;
            if (i + 1 < table.Records.Count && SubHeader(headers, table.Records[i + 1].Cells, columns, options) is { } combined)
            {
                columns = combined;
                skip = 1;
            }

            return Check(table, i, columns, options, diagnostics) ? (i, columns, skip) : null;
        }

        ReportMissingHeader(table, options, diagnostics);
        return null;
    }

    private static List<CriteriaColumn>? SubHeader(List<string> headers, IReadOnlyList<string> below, List<CriteriaColumn> columns, CriteriaColumnOptions options)
    {
        var code = columns.First(c => c.Kind == CriteriaColumnKind.Code).Index;
        if (code < below.Count && below[code].Trim().Length > 0)
        {
            return null;
        }

        var combined = new List<string>();
        var above = string.Empty;
        for (var c = 0; c < Math.Max(headers.Count, below.Count); c++)
        {
            var top = c < headers.Count ? headers[c] : string.Empty;
            above = top.Length > 0 ? top : above;
            var sub = c < below.Count ? OneLine(below[c]) : string.Empty;
            combined.Add(sub.Length == 0 ? top : top.Length > 0 && top == above ? $"{top} {sub}" : $"{above} {sub}");
        }

        var recognised = Recognise(combined, options);
        return recognised.Count(c => c.Kind == CriteriaColumnKind.Round) > columns.Count(c => c.Kind == CriteriaColumnKind.Round) ? recognised : null;
    }

    private static List<CriteriaColumn> Recognise(IReadOnlyList<string> headers, CriteriaColumnOptions options)
    {
        var named = new List<(string? Header, CriteriaColumnKind Kind)>
        {
            (options.Code, CriteriaColumnKind.Code),
            (options.Label, CriteriaColumnKind.Label),
            (options.Group, CriteriaColumnKind.Group),
            (options.Max, CriteriaColumnKind.Max),
        };
        var columns = new List<CriteriaColumn>();
        for (var c = 0; c < headers.Count; c++)
        {
            var header = headers[c];
            var folded = CriteriaHeaders.Fold(header);
            var round = options.Rounds.FirstOrDefault(r => Names(folded, r.Key));
            var byOption = named.FirstOrDefault(n => n.Header is not null && CriteriaHeaders.Fold(n.Header) == folded);
            var (kind, roundId) = round.Key is not null
                ? (CriteriaColumnKind.Round, round.Value)
                : byOption.Header is not null ? (byOption.Kind, null) : folded.Length == 0 ? (CriteriaColumnKind.Note, null) : CriteriaHeaders.Recognise(header);

            // A kind named on the command line belongs to that column only; the first column of a kind wins.
            var takenByOption = kind != CriteriaColumnKind.Round && byOption.Header is null && named.Any(n => n.Kind == kind && n.Header is not null);
            if (takenByOption || (kind is CriteriaColumnKind.Code or CriteriaColumnKind.Label or CriteriaColumnKind.Group or CriteriaColumnKind.Max && columns.Any(x => x.Kind == kind)))
            {
                kind = CriteriaColumnKind.Note;
                roundId = null;
            }

            columns.Add(new CriteriaColumn(c, header, kind, roundId));
        }

        return columns;
    }

    private static bool Check(TextTable table, int index, List<CriteriaColumn> columns, CriteriaColumnOptions options, DiagnosticBag diagnostics)
    {
        var ok = true;
        var headerLine = table.Records[index].Line;
        foreach (var (name, option, kind) in new[] { (options.Group, "--group-column", CriteriaColumnKind.Group), (options.Max, "--max-column", CriteriaColumnKind.Max) })
        {
            if (name is not null && !columns.Any(c => c.Kind == kind))
            {
                diagnostics.Report(DataDiagnostics.ColumnNotFound, new SourceLocation(table.CellPath, headerLine, 1), name, option, Headers(columns));
                ok = false;
            }
        }

        foreach (var named in options.Rounds.Keys.Where(h => !columns.Any(c => Names(CriteriaHeaders.Fold(c.Header), h))))
        {
            diagnostics.Report(DataDiagnostics.ColumnNotFound, new SourceLocation(table.CellPath, headerLine, 1), named, "--round-column", Headers(columns));
            ok = false;
        }

        foreach (var twice in columns.Where(c => c.Kind == CriteriaColumnKind.Round).GroupBy(c => c.Round).Where(g => g.Count() > 1))
        {
            var first = twice.First();
            foreach (var other in twice.Skip(1))
            {
                diagnostics.Report(DataDiagnostics.RoundNamedTwice, new SourceLocation(table.CellPath, headerLine, other.Index + 1), first.Header, other.Header, twice.Key);
                ok = false;
            }
        }

        return ok;
    }

    private static void ReportMissingHeader(TextTable table, CriteriaColumnOptions options, DiagnosticBag diagnostics)
    {
        var first = table.Records[0];
        var location = new SourceLocation(table.CellPath, first.Line, 1);
        foreach (var (name, option) in new[] { (options.Code, "--code-column"), (options.Label, "--label-column") })
        {
            if (name is not null && !table.Records.Take(HeaderSearchRows).Any(r => r.Cells.Any(c => CriteriaHeaders.Fold(c) == CriteriaHeaders.Fold(name))))
            {
                diagnostics.Report(DataDiagnostics.ColumnNotFound, location, name, option, string.Join(", ", first.Cells.Select(c => $"'{OneLine(c)}'")));
                return;
            }
        }

        diagnostics.Report(DataDiagnostics.NoCriteriaHeader, location, Math.Min(HeaderSearchRows, table.Records.Count), string.Join(" | ", first.Cells.Select(OneLine)));
    }

    // A header names a column when it is the whole header or, under a merged header above it, its end.
    private static bool Names(string foldedHeader, string name)
    {
        var folded = CriteriaHeaders.Fold(name);
        return folded.Length > 0 && (foldedHeader == folded || foldedHeader.EndsWith(" " + folded, StringComparison.Ordinal));
    }

    private static string Headers(IEnumerable<CriteriaColumn> columns) => string.Join(", ", columns.Where(c => c.Header.Length > 0).Select(c => $"'{c.Header}'"));

    // The row some forms put under the header to number the columns: (1), (2), … or 1, 2, ….
    private static bool IsColumnNumber(string text) => ColumnNumberPattern().IsMatch(text.Trim());

    [GeneratedRegex(@"^\(?[0-9]{1,2}\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnNumberPattern();
}
