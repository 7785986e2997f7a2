using DtiRules.Cli.Resources;
using DtiRules.Data.Reports;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Scoring;
using Spectre.Console.Rendering;
using Spectre.Console;

namespace DtiRules.Cli.Output;

/// <summary>
/// The ranked table people read on a terminal: rank, unit, the index, the other outputs and the
/// scored main indices. Plain text without colour, so it is the same on a terminal, in a file
/// and in CI logs.
/// </summary>
internal static class RankingTableWriter
{
    /// <summary>Writes the table; <paramref name="extraColumn"/>, when given, adds a last column with a text per unit index.</summary>
    public static void Write(ScoringResult result, IReadOnlyList<string> dataNotes, TextWriter writer, (string Header, Func<int, string> Cell)? extraColumn = null)
    {
        var ruleset = result.Ruleset;
        var digits = ruleset.Header.Rounding;
        var outputs = ResultTable.PublishedOutputs(ruleset);
        var mainIndices = ruleset.ScoredRoots;

        var parentRanks = ParentRanks.Apply(result) ? ParentRanks.Of(result) : null;
        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn(new TableColumn(Markup.Escape(Texts.Score.Get(nameof(ScoreText.RankHeader)))).RightAligned());
        table.AddColumn(new TableColumn(Markup.Escape(Texts.Score.Get(nameof(ScoreText.UnitHeader)))));
        if (parentRanks is not null)
        {
            table.AddColumn(new TableColumn(Markup.Escape(Texts.Score.Get(nameof(ScoreText.ParentHeader)))));
            table.AddColumn(new TableColumn(Markup.Escape(Texts.Score.Get(ParentsAreProvinces(result) ? nameof(ScoreText.RankInProvinceHeader) : nameof(ScoreText.RankInParentHeader)))).RightAligned());
        }

        foreach (var name in outputs.Select(o => o.Name).Concat(mainIndices.Select(n => n.Name)))
        {
            table.AddColumn(new TableColumn(Markup.Escape(name)).RightAligned());
        }

        if (extraColumn is { } extra)
        {
            table.AddColumn(new TableColumn(Markup.Escape(extra.Header)));
        }

        foreach (var u in result.UnitsByRank())
        {
            var cells = new List<IRenderable>
            {
                new Text(ResultNumbers.Rank(ruleset.Index is { } index ? result.Rank(index, u) : null)),
                new Text(result.Units[u].Name),
            };
            if (parentRanks is not null)
            {
                cells.Add(new Text(result.Units[u].Parent?.Name ?? string.Empty));
                cells.Add(new Text(ResultNumbers.Rank(parentRanks[u])));
            }

            cells.AddRange(outputs.Select(o => new Text(DisplayNumbers.Value(result.OutputValue(o, u), digits))));
            cells.AddRange(mainIndices.Select(n => new Text(DisplayNumbers.Value(result.NodeValue(n, u), digits))));
            if (extraColumn is { } column)
            {
                cells.Add(new Text(column.Cell(u)));
            }

            table.AddRow(cells);
        }

        writer.WriteLine(Texts.Score.Format(nameof(ScoreText.Title), ruleset.Header.Title, ruleset.Header.Basis, result.Units.Count));
        foreach (var note in dataNotes)
        {
            writer.WriteLine($"# {note}");
        }

        writer.WriteLine(CoverageText.Summary(result.Coverage));
        PlainConsole.Create(writer).Write(table);
    }

    private static bool ParentsAreProvinces(ScoringResult result) =>
        result.Units.Where(u => u.Parent is not null).All(u => u.Parent!.Kind == UnitKinds.Province);
}
