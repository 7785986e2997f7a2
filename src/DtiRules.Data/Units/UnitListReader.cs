using System.Reflection;
using DtiRules.Data.Reading;
using DtiRules.Data.Resources;
using DtiRules.Data.Text;
using DtiRules.Language.Binding;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;

namespace DtiRules.Data.Units;

/// <summary>
/// Reads a unit list: a CSV file or the first sheet of a workbook with the header
/// <c>code,name,aliases,kind,parent</c> (only <c>code</c> and <c>name</c> are required, other
/// columns are ignored). <c>aliases</c> holds other spellings separated by <c>;</c>; <c>kind</c>
/// is a unit kind, the ruleset's when empty; <c>parent</c> is the code of the unit above, in the
/// same list or else among the provinces (the 34, then the 63). Every problem is reported with
/// its row and column; a list with any is not used.
/// </summary>
public static class UnitListReader
{
    /// <summary>Separates the aliases in the <c>aliases</c> cell.</summary>
    public const char AliasSeparator = ';';

    private const string CodeColumn = "code";
    private const string NameColumn = "name";
    private static readonly string[] Columns = [CodeColumn, NameColumn, "aliases", "kind", "parent"];

    // Text tables as datasets take them: CSV, and tab- or comma-separated text saved as .txt or .tsv.
    private static readonly string[] TextExtensions = [".csv", ".txt", ".tsv"];

    /// <summary>
    /// Reads the list at <paramref name="path"/> for a ruleset that scores <paramref name="kind"/>
    /// units; null, with every problem reported, when it cannot be used. A file that cannot be
    /// opened is reported at <paramref name="namedAt"/> (e.g. the ruleset's <c>units</c> clause) when given.
    /// </summary>
    public static UnitList? Read(string path, string kind, DiagnosticBag diagnostics, SourceLocation? namedAt = null)
    {
        var extension = Path.GetExtension(path);
        namedAt ??= path.Trim().Length > 0 ? SourceLocation.File(path) : null;
        if (!TextExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) && !DatasetReader.IsWorkbook(path))
        {
            diagnostics.Report(DataDiagnostics.UnitListFormat, namedAt, extension.Length == 0 ? DiagnosticTexts.Phrase(nameof(DiagnosticText.NoExtension)) : extension);
            return null;
        }

        if (FileBytes.TryRead(path, out var reason) is not { } bytes)
        {
            diagnostics.Report(DataDiagnostics.CannotReadUnitList, namedAt, path, reason);
            return null;
        }

        return Read(bytes, path, kind, diagnostics);
    }

    /// <summary>Reads a list from its bytes; <paramref name="path"/> names it in diagnostics and its extension gives the format.</summary>
    public static UnitList? Read(ReadOnlySpan<byte> content, string path, string kind, DiagnosticBag diagnostics) =>
        TextTable.Read(content, path, diagnostics) is { } table ? FromTable(table, path, kind, diagnostics) : null;

    /// <summary>A built-in list, embedded from <c>data/units/</c>; it is checked by the same rules as any list.</summary>
    internal static UnitList FromResource(string name)
    {
        var resource = $"DtiRules.Data.Units.{name}.csv";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The unit list resource '{resource}' is missing from the assembly.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var diagnostics = new DiagnosticBag();
        var list = Read(memory.ToArray(), $"data/units/{name}.csv", UnitKinds.Province, diagnostics);
        return list is not null && !diagnostics.Any()
            ? list
            : throw new InvalidOperationException($"The built-in unit list '{name}' has problems: {string.Join("; ", diagnostics)}");
    }

    private static UnitList? FromTable(TextTable table, string path, string kind, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.Count(d => d.IsError);
        if (table.Records.Count == 0)
        {
            diagnostics.Report(DataDiagnostics.EmptyUnitList, SourceLocation.File(table.CellPath), DiagnosticTexts.Phrase(nameof(DiagnosticText.NoHeaderNoRows)));
            return null;
        }

        var header = table.Records[0];
        if (ColumnsOf(header, table.CellPath, diagnostics) is not { } columns)
        {
            return null;
        }

        if (table.Records.Count == 1)
        {
            diagnostics.Report(DataDiagnostics.EmptyUnitList, new SourceLocation(table.CellPath, header.Line, 1), DiagnosticTexts.Phrase(nameof(DiagnosticText.HeaderNoRows)));
            return null;
        }

        var rows = ReadRows(table, header.Cells.Length, columns, kind, diagnostics);
        var builder = new UnitListBuilder(table.CellPath, rows, kind, diagnostics);
        var (units, others) = builder.Build();
        if (units.Count == 0 && rows.Count > 0)
        {
            diagnostics.Report(DataDiagnostics.EmptyUnitList, SourceLocation.File(table.CellPath), DiagnosticTexts.Phrase(nameof(DiagnosticText.NoUnitsOfKind), kind));
        }

        return diagnostics.Count(d => d.IsError) > errorsBefore ? null : new UnitList(path, kind, units, others, builder.AliasesOf);
    }

    /// <summary>The position of each known column (-1 when absent); null, reported, when code or name is missing.</summary>
    private static ListColumns? ColumnsOf(CsvRecord header, string path, DiagnosticBag diagnostics)
    {
        var names = header.Cells.Select(c => c.Trim()).ToList();
        var positions = new int[Columns.Length];
        for (var c = 0; c < Columns.Length; c++)
        {
            var matches = Enumerable.Range(0, names.Count).Where(i => string.Equals(names[i], Columns[c], StringComparison.OrdinalIgnoreCase)).ToList();
            positions[c] = matches.Count > 0 ? matches[0] : -1;
            foreach (var repeated in matches.Skip(1))
            {
                diagnostics.Report(DataDiagnostics.DuplicateColumn, new SourceLocation(path, header.Line, repeated + 1), Columns[c], matches[0] + 1);
            }
        }

        foreach (var missing in Columns.Take(2).Where((_, c) => positions[c] < 0))
        {
            diagnostics.Report(DataDiagnostics.UnitListColumnMissing, new SourceLocation(path, header.Line, 1), missing);
        }

        return positions[0] < 0 || positions[1] < 0 ? null : new ListColumns(positions[0], positions[1], positions[2], positions[3], positions[4]);
    }

    private static List<ListRow> ReadRows(TextTable table, int width, ListColumns columns, string kind, DiagnosticBag diagnostics)
    {
        var rows = new List<ListRow>();
        var byCode = new Dictionary<string, ListRow>(StringComparer.Ordinal);
        foreach (var record in table.Records.Skip(1))
        {
            if (!CsvDatasetReader.HasCellCount(record, width, table.CellPath, diagnostics))
            {
                continue;
            }

            // The table's text is NFC already (decoded text, workbook cells).
            string Cell(int index) => index < 0 ? string.Empty : record.Cells[index].Trim();
            SourceLocation At(int index) => new(table.CellPath, record.Line, Math.Max(index, 0) + 1);
            bool IsNumberCell(int index, string column)
            {
                if (index < 0 || !table.NumberCells.Contains((record.Line, index)))
                {
                    return false;
                }

                diagnostics.Report(DataDiagnostics.NumberCellCode, At(index), column, Cell(index));
                return true;
            }

            var (code, name, kindText, parent) = (Cell(columns.Code), Cell(columns.Name), Cell(columns.Kind), Cell(columns.Parent));
            var usable = !IsNumberCell(columns.Code, DiagnosticTexts.Phrase(nameof(DiagnosticText.Cell_Code))) & !IsNumberCell(columns.Parent, DiagnosticTexts.Phrase(nameof(DiagnosticText.Cell_ParentCode)));
            if (code.Length == 0)
            {
                diagnostics.Report(DataDiagnostics.EmptyListCell, At(columns.Code), DiagnosticTexts.Phrase(nameof(DiagnosticText.Cell_CodeInRow)));
                usable = false;
            }

            if (LegacyFontCheck.Reported(name, At(columns.Name), diagnostics))
            {
                usable = false;
            }
            else if (UnitNameKey.Of(name).Length == 0)
            {
                diagnostics.Report(DataDiagnostics.EmptyListCell, At(columns.Name), DiagnosticTexts.Phrase(nameof(DiagnosticText.NameColumnEmpty)));
                usable = false;
            }

            foreach (var (text, column) in new[] { (code, columns.Code), (name, columns.Name), (Cell(columns.Aliases), columns.Aliases) })
            {
                if (text.Split(AliasSeparator).Any(part => part.Trim().Length > UnitList.MaxNameLength))
                {
                    diagnostics.Report(DataDiagnostics.NameTooLong, At(column), text.Length, UnitList.MaxNameLength);
                    usable = false;
                }
            }

            var rowKind = kindText.Length == 0 ? kind : kindText.ToLowerInvariant();
            if (!UnitKinds.All.Contains(rowKind))
            {
                diagnostics.Report(DataDiagnostics.UnknownKindInList, At(columns.Kind), kindText, SuggestedNames.InParentheses(NameSuggestions.Closest(kindText, UnitKinds.All, 1)));
                usable = false;
            }

            if (usable && byCode.TryGetValue(code, out var first))
            {
                diagnostics.Report(DataDiagnostics.DuplicateUnitCode, At(columns.Code), code, first.Name, first.Line);
                usable = false;
            }

            if (!usable)
            {
                continue;
            }

            var aliases = Cell(columns.Aliases).Split(AliasSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var row = new ListRow(record.Line, code, name, aliases, rowKind, parent, columns, table.CellPath);
            byCode[code] = row;
            rows.Add(row);
        }

        return rows;
    }
}
