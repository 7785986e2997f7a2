using System.Globalization;
using DtiRules.Data.Resources;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Schema;
using DtiRules.Scoring;

namespace DtiRules.Data.Reports.Workbooks;

/// <summary>
/// The sheets of a scoring result's workbook, cut from the same flat table as the CSV so the two
/// agree cell for cell: <c>ranking</c> (rank, unit, the index and the other outputs),
/// <c>main_indices</c>, one sheet per deeper level of the tree (<c>level_2</c>, <c>level_3</c>, …,
/// each node's value and points), <c>flags</c> (one row per flagged cell), <c>nodes</c> (ids with
/// their labels), <c>unit_notes</c> (the data's declared notes, as written, when it had any) and
/// <c>notes</c>. Every sheet lists the units in rank order. Sheet names and headers are in the
/// language of the command, nodes and outputs headed by their labels.
/// </summary>
public static class ScoreWorkbook
{
    private static readonly IReadOnlySet<string> TextColumns = new HashSet<string>(["unit", "code", "kind", "parent", "parent_code"], StringComparer.Ordinal);

    /// <summary>The sheets for <paramref name="result"/>; <paramref name="notes"/> are the data's notes.</summary>
    public static IReadOnlyList<WorkbookSheet> Sheets(ScoringResult result, IReadOnlyList<string> notes)
    {
        var ruleset = result.Ruleset;
        var table = ResultTable.From(result);
        var labels = WorkbookVocabulary.Labels(ruleset);
        var sheets = new List<WorkbookSheet>
        {
            Cut(table, "ranking", [.. ResultTable.PublishedOutputs(ruleset).Select(o => o.Name), .. ruleset.RankedOutputs.Where(o => !o.IsIndex).Select(o => o.Name + ".rank"), "coverage"]),
        };
        foreach (var level in ruleset.Nodes.GroupBy(n => n.Depth).OrderBy(g => g.Key))
        {
            var name = level.Key == 0 ? "main_indices" : string.Create(CultureInfo.InvariantCulture, $"level_{level.Key + 1}");
            sheets.Add(Cut(table, name, [.. level.SelectMany(n => new[] { n.Name, n.Name + DataSchema.PointsSuffix })]));
        }

        var unitNotes = ResultNotes.Of(result).Select(n => n.Note.Header).ToList();
        if (unitNotes.Count > 0)
        {
            sheets.Add(Cut(table, "unit_notes", unitNotes, [.. unitNotes]));
        }

        sheets.Add(Flags(result));
        sheets.Add(Nodes(ruleset.Nodes));
        var header = ruleset.Header;
        sheets.Add(WorkbookSheet.Lines("notes", "note", [Texts.Workbook.Format(nameof(WorkbookText.UnitsOfRuleset), header.Title, header.Basis, result.Units.Count), .. notes, CoverageText.Summary(result.Coverage)]));
        return [.. sheets.Select(sheet => WorkbookVocabulary.Translate(sheet, labels))];
    }

    /// <summary>The columns that name the unit (rank, unit, code, and kind and parent when present) of <paramref name="table"/> with <paramref name="columns"/>, as numbers but for <paramref name="textColumns"/>.</summary>
    private static WorkbookSheet Cut(ResultTable table, string name, IReadOnlyList<string> columns, IReadOnlyList<string>? textColumns = null)
    {
        var wanted = table.UnitColumns.Concat(columns).ToList();
        var all = table.Columns.ToList();
        var positions = wanted.Select(c => all.IndexOf(c)).ToList();
        var rows = table.Rows.Select(row => (IReadOnlyList<string>)[.. positions.Select(p => row[p])]).ToList();
        var alwaysText = textColumns is null ? TextColumns : new HashSet<string>([.. TextColumns, .. textColumns], StringComparer.Ordinal);
        return WorkbookSheet.FromText(name, wanted, rows, textColumns: 0, alwaysText: alwaysText);
    }

    private static WorkbookSheet Flags(ScoringResult result)
    {
        var ruleset = result.Ruleset;
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var u in result.UnitsByRank())
        {
            var cells = ruleset.Inputs.Select(i => (i.Name, Flags: result.InputFlags(i, u)))
                .Concat(ruleset.Nodes.Select(n => (n.Name, Flags: result.NodeFlags(n, u))))
                .Where(c => c.Flags is not (CellFlags.None or CellFlags.Skipped));
            foreach (var (cell, flags) in cells)
            {
                rows.AddRange(CellFlagNames.Of(flags).Select(flag => (IReadOnlyList<object?>)[result.Units[u].Name, result.Units[u].Code, cell, FlagWords.Shown(flag)]));
            }
        }

        return new WorkbookSheet("flags", ["unit", "code", "cell", "flag"], rows);
    }

    private static WorkbookSheet Nodes(IReadOnlyList<NodeSymbol> nodes) =>
        new("nodes", ["id", "label", "level", "parent", "max_points"],
            [.. nodes.Select(n => (IReadOnlyList<object?>)[n.Name, n.Label, n.Depth + 1, n.Parent?.Name ?? string.Empty, n.MaxPoints])]);
}
