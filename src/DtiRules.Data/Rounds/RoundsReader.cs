using DtiRules.Data.Reading;
using DtiRules.Data.Reading.Criteria;
using DtiRules.Data.Resources;
using DtiRules.Language.Binding;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;

namespace DtiRules.Data.Rounds;

/// <summary>
/// Reads data with rounds of one assessment for a ruleset: long data with a <c>round</c> column
/// (<c>unit,round,field,value</c>, other columns kept as notes), or a criteria sheet of one unit whose
/// point columns are rounds. Each criterion's points become the <c>&lt;id&gt;.points</c> cell of its
/// node, checked against 0..max; an empty cell is reported and left to the missing-data policy.
/// </summary>
public static class RoundsReader
{
    // How many absent criteria a warning names.
    private const int AbsentNamed = 5;

    private static readonly string[] RoundHeaders = ["round", "vong", "dot", "lan danh gia"];
    private static readonly string[] UnitHeaders = ["unit", "don vi"];

    /// <summary>The rounds in <paramref name="path"/>; null, with the reasons reported, when the data has errors.</summary>
    /// <param name="path">The data file.</param>
    /// <param name="ruleset">The ruleset whose criteria the data names.</param>
    /// <param name="sheet">The workbook sheet to read, or null for the first.</param>
    /// <param name="unit">A criteria sheet's unit, or null for the file name without its extension.</param>
    /// <param name="columns">Columns named on the command line.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static AssessmentRounds? Read(string path, BoundRuleset ruleset, string? sheet, string? unit, CriteriaColumnOptions columns, DiagnosticBag diagnostics)
    {
        var found = new DiagnosticBag();
        var rounds = Collect(path, ruleset, sheet, unit, columns, found);
        diagnostics.AddRange(found);
        return found.HasErrors ? null : rounds;
    }

    private static AssessmentRounds? Collect(string path, BoundRuleset ruleset, string? sheet, string? unit, CriteriaColumnOptions columns, DiagnosticBag diagnostics)
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

        var header = table.Records[0].Cells.Select(CriteriaHeaders.Fold).ToList();
        if (header.FindIndex(h => RoundHeaders.Contains(h)) is var round and >= 0 && header.FindIndex(h => UnitHeaders.Contains(h)) is var unitColumn and >= 0)
        {
            return ReadLong(path, table, ruleset, unitColumn, round, diagnostics);
        }

        return CriteriaSheetReader.Read(path, sheet, columns, diagnostics) is { } criteria
            ? ReadCriteriaSheet(criteria, ruleset, unit ?? Path.GetFileNameWithoutExtension(path), diagnostics)
            : null;
    }

    private static AssessmentRounds? ReadCriteriaSheet(CriteriaSheet sheet, BoundRuleset ruleset, string unit, DiagnosticBag diagnostics)
    {
        var rounds = sheet.Rounds;
        if (rounds.Count == 0)
        {
            diagnostics.Report(DataDiagnostics.NoRounds, SourceLocation.File(sheet.CellPath), DiagnosticTexts.Phrase(nameof(DiagnosticText.NoHeaderNamesRound), string.Join(", ", sheet.Columns.Where(c => c.Header.Length > 0).Select(c => $"'{c.Header}'"))));
            return null;
        }

        var lookup = new CriterionLookup(ruleset);
        var cells = rounds.ToDictionary(r => r.Round!, _ => new List<RawCell>(), StringComparer.Ordinal);
        var notes = new Dictionary<(string, string), IReadOnlyList<string>>();
        var coded = sheet.Rows.Where(r => r.Kind != CriteriaRowKind.Total && r.Code.Length > 0).ToList();
        var written = coded.Select(r => lookup.Find(r.CodeCell.Text)).OfType<NodeSymbol>().ToHashSet();
        var numberCodes = new NumberCodeColumn(sheet.Columns.First(c => c.Kind == CriteriaColumnKind.Code).Header);
        var seen = new Dictionary<NodeSymbol, int>();
        foreach (var row in coded)
        {
            if (lookup.Find(row.CodeCell.Text) is not { } node)
            {
                diagnostics.Report(DataDiagnostics.UnknownCriterion, row.CodeCell.Location, row.Code, string.Empty);
                continue;
            }

            if (!seen.TryAdd(node, row.CodeCell.Location.Line))
            {
                ReportRepeat(lookup, row.CodeCell, seen[node], written, numberCodes, diagnostics);
                continue;
            }

            if (row.Notes.Any(n => n.Text.Trim().Length > 0))
            {
                notes[(unit, node.Name)] = [.. row.Notes.Select(n => n.Text.Trim())];
            }

            if (!node.IsLeaf)
            {
                continue;
            }

            for (var r = 0; r < rounds.Count; r++)
            {
                if (Points(row.Rounds[r], node, rounds[r].Round!, diagnostics) is { } points)
                {
                    cells[rounds[r].Round!].Add(points);
                }
            }
        }

        numberCodes.Report(diagnostics);
        ReportUnseen(ruleset, [.. seen.Keys], sheet.CellPath, rounds.Select(r => r.Round!), diagnostics);
        var location = new SourceLocation(sheet.CellPath, 1, 1);
        var datasets = cells.ToDictionary(
            p => p.Key,
            p => new RawDataset(sheet.Path, [new RawUnitRow(unit, location, p.Value)], DecimalComma: false, []) { Fields = [.. p.Value.Select(c => c.Field)] },
            StringComparer.Ordinal);
        return new AssessmentRounds(sheet.Path, [.. rounds.Select(r => r.Round!)], datasets, [.. sheet.Notes.Select(n => n.Header)], notes);
    }

    private static AssessmentRounds? ReadLong(string path, TextTable table, BoundRuleset ruleset, int unitColumn, int roundColumn, DiagnosticBag diagnostics)
    {
        var header = table.Records[0].Cells.Select(CriteriaSheetReader.OneLine).ToList();
        var folded = header.Select(CriteriaHeaders.Fold).ToList();
        var fieldColumn = folded.FindIndex(h => h is "field" or "chi tieu" or "ma");
        var valueColumn = folded.FindIndex(h => h is "value" or "diem" or "gia tri");
        if (fieldColumn < 0 || valueColumn < 0)
        {
            diagnostics.Report(DataDiagnostics.NoRounds, new SourceLocation(table.CellPath, table.Records[0].Line, 1), DiagnosticTexts.Phrase(nameof(DiagnosticText.LongDataColumns)));
            return null;
        }

        var noteColumns = Enumerable.Range(0, header.Count).Where(c => c != unitColumn && c != roundColumn && c != fieldColumn && c != valueColumn && header[c].Length > 0).ToList();
        var lookup = new CriterionLookup(ruleset);
        var numberCodes = new NumberCodeColumn(header[fieldColumn]);
        var commaNumbers = new List<(List<RawCell> Cells, RawCell Value)>();
        var written = new Dictionary<(string Unit, string Round), HashSet<NodeSymbol>>();
        var seen = new Dictionary<(string Unit, string Round, NodeSymbol Node), int>();
        foreach (var record in table.Records.Skip(1))
        {
            var (unit, round, field) = LongKey(record, unitColumn, roundColumn, fieldColumn);
            if (lookup.Find(field) is { } node)
            {
                if (!written.TryGetValue((unit, round), out var nodes))
                {
                    written[(unit, round)] = nodes = [];
                }

                nodes.Add(node);
            }
        }

        var roundIds = new List<string>();
        var units = new List<(string Name, SourceLocation Location)>();
        var cells = new Dictionary<(string Unit, string Round), List<RawCell>>();
        var notes = new Dictionary<(string, string), IReadOnlyList<string>>();
        foreach (var record in table.Records.Skip(1))
        {
            string Text(int column) => column < record.Cells.Count ? record.Cells[column].Trim() : string.Empty;
            SourceLocation At(int column) => new(table.CellPath, record.Line, column + 1);

            var (unit, round, field) = LongKey(record, unitColumn, roundColumn, fieldColumn);
            if (unit.Length == 0 && field.Length == 0)
            {
                continue;
            }

            if (!units.Any(u => u.Name == unit))
            {
                units.Add((unit, At(unitColumn)));
            }

            if (!roundIds.Contains(round, StringComparer.Ordinal))
            {
                roundIds.Add(round);
            }

            if (!cells.TryGetValue((unit, round), out var list))
            {
                cells[(unit, round)] = list = [];
            }

            var node = lookup.Find(field);
            var fieldCell = new RawCell(header[fieldColumn], field, At(fieldColumn));
            var commaNumber = field.Length > 0 && numberCodes.Add(fieldCell);
            if (node is not null && !seen.TryAdd((unit, round, node), record.Line))
            {
                ReportRepeat(lookup, fieldCell, seen[(unit, round, node)], written[(unit, round)], numberCodes, diagnostics);
                continue;
            }

            if (node is not null && noteColumns.Any(c => Text(c).Length > 0))
            {
                notes[(unit, node.Name)] = [.. noteColumns.Select(Text)];
            }

            var value = new RawCell(field, Text(valueColumn), At(valueColumn));
            if (commaNumber)
            {
                // Kept back: when the column is full of numbers Excel made of codes, they make one diagnostic.
                commaNumbers.Add((list, value));
            }
            else if (node is null)
            {
                list.Add(value);
            }
            else if (Points(value, node, round, diagnostics) is { } points)
            {
                list.Add(points);
            }
        }

        if (!numberCodes.Report(diagnostics))
        {
            foreach (var (list, value) in commaNumbers)
            {
                list.Add(value);
            }
        }

        foreach (var (unit, location) in units)
        {
            foreach (var missing in roundIds.Where(r => !cells.ContainsKey((unit, r))))
            {
                diagnostics.Report(DataDiagnostics.MissingRound, location, unit, missing);
            }

            // Where a unit's round gives criteria's points, a criterion without them is an empty cell too.
            foreach (var round in roundIds.Where(r => cells.TryGetValue((unit, r), out var given) && given.Any(c => c.Field.EndsWith(".points", StringComparison.Ordinal))))
            {
                var given = cells[(unit, round)].Select(c => c.Field).ToHashSet(StringComparer.Ordinal);
                ReportAbsent([.. ruleset.Nodes.Where(n => n.IsLeaf && !n.IsUnscored && !given.Contains($"{n.Name}.points"))], location, round, diagnostics);
            }
        }

        if (roundIds.Count == 0)
        {
            diagnostics.Report(DataDiagnostics.EmptyData, new SourceLocation(table.CellPath, table.Records[0].Line, 1), DiagnosticTexts.Phrase(nameof(DiagnosticText.DataRows)));
            return null;
        }

        var datasets = roundIds.ToDictionary(
            r => r,
            r => new RawDataset(
                path,
                [.. units.Where(u => cells.ContainsKey((u.Name, r))).Select(u => new RawUnitRow(u.Name, u.Location, cells[(u.Name, r)]))],
                DecimalComma: false,
                []),
            StringComparer.Ordinal);
        return new AssessmentRounds(path, roundIds, datasets, [.. noteColumns.Select(c => header[c])], notes);
    }

    private static (string Unit, string Round, string Field) LongKey(CsvRecord record, int unitColumn, int roundColumn, int fieldColumn)
    {
        string Text(int column) => column < record.Cells.Count ? record.Cells[column].Trim() : string.Empty;
        return (CriteriaSheetReader.OneLine(Text(unitColumn)), Text(roundColumn), Text(fieldColumn));
    }

    // A repeated code that Excel made of a listed code the data lacks (4.10 shown as 4.1) is that code turned, not a duplicate.
    private static void ReportRepeat(CriterionLookup lookup, RawCell cell, int firstLine, HashSet<NodeSymbol> written, NumberCodeColumn numberCodes, DiagnosticBag diagnostics)
    {
        if (lookup.LosingZerosTo(cell.Text).Where(l => !written.Contains(l.Node)).Select(l => l.Code).FirstOrDefault() is { } listed)
        {
            numberCodes.AddLostZero(cell, listed);
        }
        else
        {
            diagnostics.Report(DataDiagnostics.DuplicateCriterionCode, cell.Location, cell.Text.Trim(), firstLine);
        }
    }

    // The points of a criterion's leaf as its '<id>.points' cell, or null when empty (reported) or wrong (reported).
    private static RawCell? Points(RawCell cell, NodeSymbol node, string round, DiagnosticBag diagnostics)
    {
        var text = cell.Text.Trim();
        if (text.Length == 0)
        {
            diagnostics.Report(DataDiagnostics.MissingPoints, cell.Location, round, node.Name);
            return null;
        }

        if (!PointsText.TryParse(text, out var points))
        {
            diagnostics.Report(DataDiagnostics.PointsNotNumber, cell.Location, text, round);
            return null;
        }

        if (points < 0m || points > node.MaxPoints)
        {
            diagnostics.Report(DataDiagnostics.PointsOutOfRange, cell.Location, text, node.Name, round, PointsText.Format(node.MaxPoints));
            return null;
        }

        return new RawCell($"{node.Name}.points", PointsText.Format(points), cell.Location);
    }

    private static void ReportUnseen(BoundRuleset ruleset, HashSet<NodeSymbol> seen, string path, IEnumerable<string> rounds, DiagnosticBag diagnostics)
    {
        var absent = ruleset.Nodes.Where(n => n.IsLeaf && !n.IsUnscored && !seen.Contains(n)).ToList();
        foreach (var round in rounds)
        {
            ReportAbsent(absent, SourceLocation.File(path), round, diagnostics);
        }
    }

    // One warning for all the criteria a round lacks, naming the first few.
    private static void ReportAbsent(IReadOnlyList<NodeSymbol> absent, SourceLocation location, string round, DiagnosticBag diagnostics)
    {
        if (absent.Count > 0)
        {
            var named = string.Join(", ", absent.Take(AbsentNamed).Select(n => n.Name)) + (absent.Count > AbsentNamed ? ", …" : string.Empty);
            diagnostics.Report(DataDiagnostics.CriteriaNotInData, location, absent.Count, named, round);
        }
    }
}
