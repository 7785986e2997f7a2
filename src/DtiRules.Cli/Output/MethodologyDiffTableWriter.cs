using DtiRules.Analysis.Diff;
using DtiRules.Data.Reports;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Scoring;
using Spectre.Console.Rendering;
using Spectre.Console;

namespace DtiRules.Cli.Output;

/// <summary>
/// The methodology diff people read: the list of changes, then, when data was scored, the biggest
/// rank moves and every unit's value and rank under both editions. Plain text without colour.
/// </summary>
internal static class MethodologyDiffTableWriter
{
    /// <summary>How many units the "biggest moves" line names.</summary>
    private const int BiggestMoves = 5;

    /// <summary>Characters per line of a change sentence; long sentences wrap.</summary>
    private const int ChangeWidth = 100;

    public static void Write(MethodologyDiff diff, MethodologyEffect? effect, IReadOnlyList<string> dataNotes, TextWriter writer)
    {
        var console = PlainConsole.Create(writer);
        writer.WriteLine($"Methodology diff: A = {Edition(diff.From)}, B = {Edition(diff.To)}");
        if (diff.Changes.Count == 0)
        {
            writer.WriteLine("No methodology changes.");
        }
        else
        {
            writer.WriteLine($"{diff.Changes.Count} change(s)");
            var changes = new Table { Border = TableBorder.Rounded };
            changes.AddColumn("Kind");
            changes.AddColumn("Id");
            // Long sentences wrap at a readable width instead of stretching the table across the page.
            var longest = diff.Changes.Max(c => c.Description.Length);
            changes.AddColumn(new TableColumn("Change") { Width = longest > ChangeWidth ? ChangeWidth : null });
            foreach (var change in diff.Changes)
            {
                changes.AddRow(new Text(change.KindName), new Text(change.Id), new Text(change.Description));
            }

            console.Write(changes);
        }

        if (effect is not null)
        {
            WriteEffect(effect, dataNotes, writer, console);
        }
    }

    private static void WriteEffect(MethodologyEffect effect, IReadOnlyList<string> dataNotes, TextWriter writer, IAnsiConsole console)
    {
        writer.WriteLine();
        writer.WriteLine($"Effect on {effect.Units.Count} units of the same data: {effect.OldIndex} under A and {effect.NewIndex} under B; a positive rank change is a climb");
        foreach (var note in dataNotes)
        {
            writer.WriteLine($"# {note}");
        }

        var moves = effect.Units
            .Where(u => u.RankChange is not null and not 0)
            .OrderByDescending(u => Math.Abs(u.RankChange!.Value))
            .ThenBy(u => u.NewRank)
            .Take(BiggestMoves)
            .Select(u => $"{u.Unit} {Signed(u.RankChange)} ({ResultNumbers.Rank(u.OldRank)} → {ResultNumbers.Rank(u.NewRank)})")
            .ToList();
        writer.WriteLine(moves.Count == 0 ? "No unit changes rank." : $"Biggest rank moves: {string.Join("; ", moves)}");

        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn(new TableColumn("Rank B").RightAligned());
        table.AddColumn(new TableColumn("Unit"));
        table.AddColumn(new TableColumn("Value A").RightAligned());
        table.AddColumn(new TableColumn("Rank A").RightAligned());
        table.AddColumn(new TableColumn("Value B").RightAligned());
        table.AddColumn(new TableColumn("Value change").RightAligned());
        table.AddColumn(new TableColumn("Rank change").RightAligned());
        foreach (var unit in effect.Units)
        {
            table.AddRow(new List<IRenderable>
            {
                new Text(ResultNumbers.Rank(unit.NewRank)),
                new Text(unit.Unit),
                new Text(ResultNumbers.Value(unit.OldValue, effect.Decimals)),
                new Text(ResultNumbers.Rank(unit.OldRank)),
                new Text(ResultNumbers.Value(unit.NewValue, effect.Decimals)),
                new Text(unit.ValueChange is > 0m ? "+" + ResultNumbers.Value(unit.ValueChange, effect.Decimals) : ResultNumbers.Value(unit.ValueChange, effect.Decimals)),
                new Text(Signed(unit.RankChange)),
            });
        }

        console.Write(table);
    }

    private static string Edition(RulesetHeader header) => $"{header.Id} {header.Edition} ({header.Basis})";

    private static string Signed(int? change) => change is > 0 ? "+" + ResultNumbers.Rank(change) : ResultNumbers.Rank(change);
}
