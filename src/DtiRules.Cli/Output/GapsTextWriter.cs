using System.Globalization;
using DtiRules.Analysis.Explain;
using DtiRules.Data.Reports;
using DtiRules.Scoring;
using Spectre.Console;

namespace DtiRules.Cli.Output;

/// <summary>
/// The gap analysis people read: the components where the unit loses most points, then, for a
/// target rank, the points needed and the components that could supply them. Plain text without colour.
/// </summary>
internal static class GapsTextWriter
{
    public static void Write(GapAnalysis analysis, IReadOnlyList<string> dataNotes, TextWriter writer)
    {
        var header = analysis.Header;
        var console = PlainConsole.Create(writer);
        writer.WriteLine($"{header.Id} {header.Edition}: {header.Title} ({header.Basis})");
        foreach (var note in dataNotes)
        {
            writer.WriteLine($"# {note}");
        }

        var rank = analysis.Rank is { } r ? $", rank {Count(r)} of {Count(analysis.Units)}" : ", no rank";
        writer.WriteLine(
            $"{analysis.Unit.Name} (code {analysis.Unit.Code}): {analysis.Index} {ResultNumbers.Value(analysis.IndexValue, header.Rounding)}{rank}; "
            + $"{PointsOrMissing(analysis.TotalPoints)} of {ResultNumbers.Points(header.Scale)} points");
        writer.WriteLine(
            $"{ResultNumbers.Points(analysis.PointsLeft)} points left on {Count(analysis.Components.Count)} component(s), most first; "
            + $"{Count(analysis.ComponentsAtFullPoints)} component(s) at full points are not listed.");
        if (analysis.Components.Count > 0)
        {
            var table = new Table { Border = TableBorder.Rounded };
            table.AddColumn(new TableColumn("#").RightAligned());
            table.AddColumn("Component");
            table.AddColumn("Label");
            table.AddColumn("Main index");
            table.AddColumn(new TableColumn("Points").RightAligned());
            table.AddColumn(new TableColumn("Max").RightAligned());
            table.AddColumn(new TableColumn("Left").RightAligned());
            table.AddColumn(new TableColumn("Of scale").RightAligned());
            table.AddColumn("Flags");
            foreach (var (component, i) in analysis.Components.Select((c, i) => (c, i)))
            {
                table.AddRow(
                    new Text(Count(i + 1)),
                    new Text(component.Id),
                    new Text(component.Label),
                    new Text(component.MainIndex),
                    new Text(PointsOrMissing(component.Points)),
                    new Text(ResultNumbers.Points(component.MaxPoints)),
                    new Text(ResultNumbers.Points(component.PointsLeft)),
                    new Text(Percent(component.ShareOfScale)),
                    new Text(string.Join(", ", component.Flags)));
            }

            console.Write(table);
        }

        if (analysis.Target is { } target)
        {
            WriteTarget(analysis, target, writer, console);
        }
    }

    private static void WriteTarget(GapAnalysis analysis, RankTarget target, TextWriter writer, IAnsiConsole console)
    {
        var decimals = analysis.Header.Rounding;
        writer.WriteLine();
        if (target.Reached)
        {
            var current = target.CurrentRank is { } rank ? $"rank {Count(rank)}" : "its rank";
            writer.WriteLine($"Target rank {Count(target.TargetRank)}: {analysis.Unit.Name} is at {current}, already at or above it.");
            return;
        }

        var value = ResultNumbers.Value(target.ValueNeeded, decimals);
        writer.WriteLine(
            $"Target rank {Count(target.TargetRank)}: {target.UnitAtTarget!.Name} is there with {analysis.Index} {value}, every other unit held at its result; "
            + $"reaching {value} ties it and gives rank {Count(target.TargetRank)}.");
        if (target.PointsNeeded is not { } needed)
        {
            writer.WriteLine($"The index is not total points over a constant, so the points that give {value} cannot be worked out.");
            return;
        }

        writer.WriteLine($"That takes {ResultNumbers.Points(needed)} points (the fewest whose value rounds to {value}): {PointsOrMissing(target.Gap)} more than now.");
        if (target.Suppliers.Count == 0)
        {
            return;
        }

        writer.WriteLine("Components that could supply them, most points left first:");
        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn("Component");
        table.AddColumn("Label");
        table.AddColumn(new TableColumn("Left").RightAligned());
        table.AddColumn(new TableColumn("Cumulative").RightAligned());
        foreach (var supplier in target.Suppliers)
        {
            table.AddRow(
                new Text(supplier.Component.Id),
                new Text(supplier.Component.Label),
                new Text(ResultNumbers.Points(supplier.Component.PointsLeft)),
                new Text(ResultNumbers.Points(supplier.Cumulative)));
        }

        console.Write(table);
        writer.WriteLine(target.Covered
            ? $"These {Count(target.Suppliers.Count)} component(s) leave {ResultNumbers.Points(target.Suppliers[^1].Cumulative)} points, enough for the gap."
            : $"Even every component's points left ({ResultNumbers.Points(target.Suppliers[^1].Cumulative)}) do not cover the gap.");
    }

    private static string PointsOrMissing(decimal? points) => points is null ? "missing" : ResultNumbers.Points(points);

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string Percent(decimal share) => (share * 100m).ToString("0.00", CultureInfo.InvariantCulture) + "%";
}
