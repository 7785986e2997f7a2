using System.Globalization;
using DtiRules.Analysis.Attribution;
using DtiRules.Analysis.Wording;
using DtiRules.Cli.Output.Formats;
using DtiRules.Cli.Resources;
using DtiRules.Data.Reports;
using DtiRules.Data.Reports.Workbooks;
using DtiRules.Scoring;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Cli.Output;

/// <summary>
/// Writes a what-if: as a table, each set unit's index and rank before and after with its nodes'
/// changes and the other units whose rank moved; as CSV, JSON or a workbook, one row per unit with
/// the columns <c>score</c> writes plus the value and rank before and the change.
/// </summary>
internal static class WhatIfOutput
{
    private static readonly string[] ChangeColumns = ["value_before", "change", "rank_before", "rank_change", "set"];

    /// <summary>Writes the what-if as a workbook sheet, or in the format asked for through the registry.</summary>
    public static void Write(WhatIfDocument document, string format, string? output, CliConsole console, DiagnosticBag diagnostics)
    {
        if (WorkbookOutput.IsRequested(output))
        {
            WorkbookOutput.Write(output!, diagnostics, WorkbookOutput.Sheet("whatif", Grid(document.Outcome), WorkbookVocabulary.Labels(document.Outcome.After.Ruleset)), WorkbookOutput.Notes(document.Notes));
            return;
        }

        ResultOutput.Write(output, console.Out, writer => OutputFormats.Write(format, document, writer, console.Error), diagnostics);
    }

    /// <summary>The rows <c>score --format csv</c> writes for the changed data, with the value and rank before, the changes and whether the unit was set.</summary>
    public static TextGrid Grid(WhatIfOutcome outcome)
    {
        var digits = outcome.After.Ruleset.Header.Rounding;
        var table = ResultTable.From(outcome.After);
        var code = table.Columns.ToList().IndexOf("code");
        var byCode = outcome.Units.ToDictionary(u => u.Unit.Code, StringComparer.Ordinal);
        var rows = table.Rows.Select(row =>
        {
            var unit = byCode[row[code]];
            return (IReadOnlyList<string>)
            [
                .. row,
                ResultNumbers.Value(unit.ValueBefore, digits), ResultNumbers.Change(unit.ValueAfter - unit.ValueBefore, digits),
                ResultNumbers.Rank(unit.RankBefore), ResultNumbers.RankShift(unit.RankBefore - unit.RankAfter), GridWords.YesNoText(unit.IsSet),
            ];
        }).ToList();
        GridColumnKind[] kinds = [.. table.Columns.Select((_, c) => c < table.UnitColumns.Count ? GridColumnKind.Text : GridColumnKind.Number), .. ChangeColumns.Select(c => c == "set" ? GridColumnKind.Text : GridColumnKind.Number)];
        var set = table.Columns.Count + ChangeColumns.Length - 1;
        return new TextGrid([.. table.Columns, .. ChangeColumns], rows, kinds)
        {
            Words = new Dictionary<int, IReadOnlyList<Phrase>> { [set] = [.. table.Rows.Select(row => GridWords.YesNo(byCode[row[code]].IsSet))] },
        };
    }

    /// <summary>Each set unit's index and rank before and after with its nodes' changes, then the other units whose rank moved.</summary>
    public static void WriteTable(WhatIfOutcome outcome, IReadOnlyList<string> notes, TextWriter writer)
    {
        var digits = outcome.After.Ruleset.Header.Rounding;
        var index = outcome.After.Ruleset.Index?.Name ?? Texts.WhatIf.Get(nameof(WhatIfText.IndexWord));
        foreach (var unit in outcome.Units.Where(u => u.IsSet))
        {
            writer.WriteLine(
                Texts.WhatIf.Format(nameof(WhatIfText.UnitLine), unit.Unit.Name, index, DisplayNumbers.Value(unit.ValueBefore, digits), DisplayNumbers.Value(unit.ValueAfter, digits), DisplayNumbers.Change(unit.ValueAfter - unit.ValueBefore, digits), ResultNumbers.Rank(unit.RankBefore), ResultNumbers.Rank(unit.RankAfter), ResultNumbers.RankShift(unit.RankBefore - unit.RankAfter)));
            var grid = new TextGrid(
                [.. new[] { nameof(WhatIfText.NodeHeader), nameof(WhatIfText.LabelHeader), nameof(WhatIfText.ValueBeforeHeader), nameof(WhatIfText.ValueAfterHeader), nameof(WhatIfText.PointsBeforeHeader), nameof(WhatIfText.PointsAfterHeader), nameof(WhatIfText.PointsChangeHeader) }.Select(key => Texts.WhatIf.Get(key))],
                [.. unit.Nodes.Select(n => (IReadOnlyList<string>)
                [
                    n.Node.Name, n.Node.Label, DisplayNumbers.Value(n.ValueBefore, digits), DisplayNumbers.Value(n.ValueAfter, digits),
                    DisplayNumbers.Points(n.PointsBefore), DisplayNumbers.Points(n.PointsAfter), DisplayNumbers.Change(n.PointsAfter - n.PointsBefore, 4),
                ])],
                textColumns: 2);
            GridTableWriter.Write(Texts.WhatIf.Format(nameof(WhatIfText.NodesTitle), unit.Unit.Name), grid, [], writer);
        }

        var moved = outcome.Units.Where(u => !u.IsSet && u.RankBefore != u.RankAfter).ToList();
        writer.WriteLine(moved.Count == 0
            ? Texts.WhatIf.Get(nameof(WhatIfText.NoOtherMoved))
            : Texts.WhatIf.Format(nameof(WhatIfText.OthersMoved), string.Join(", ", moved.Select(u => $"{u.Unit.Name} {ResultNumbers.Rank(u.RankBefore)} → {ResultNumbers.Rank(u.RankAfter)}"))));
        foreach (var note in notes)
        {
            writer.WriteLine($"# {note}");
        }
    }
}
