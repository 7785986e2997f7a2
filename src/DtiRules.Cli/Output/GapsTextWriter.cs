using System.Globalization;
using DtiRules.Analysis.Explain;
using DtiRules.Cli.Resources;
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

        var rank = analysis.Rank is { } r ? Texts.Gaps.Format(nameof(GapsText.RankOf), Count(r), Count(analysis.Units)) : Texts.Gaps.Get(nameof(GapsText.NoRank));
        writer.WriteLine(
            Texts.Gaps.Format(nameof(GapsText.UnitLine), analysis.Unit.Name, analysis.Unit.Code, analysis.Index, DisplayNumbers.Value(analysis.IndexValue, header.Rounding), rank, PointsOrMissing(analysis.TotalPoints), DisplayNumbers.Points(header.Scale)));
        writer.WriteLine(
            Texts.Gaps.Format(nameof(GapsText.PointsLeftLine), DisplayNumbers.Points(analysis.PointsLeft), Count(analysis.Components.Count), Count(analysis.ComponentsAtFullPoints)));
        if (analysis.Components.Count > 0)
        {
            var table = new Table { Border = TableBorder.Rounded };
            table.AddColumn(new TableColumn("#").RightAligned());
            table.AddColumn(Header(nameof(GapsText.ComponentHeader)));
            table.AddColumn(Header(nameof(GapsText.LabelHeader)));
            table.AddColumn(Header(nameof(GapsText.MainIndexHeader)));
            table.AddColumn(Header(nameof(GapsText.PointsHeader)).RightAligned());
            table.AddColumn(Header(nameof(GapsText.MaxHeader)).RightAligned());
            table.AddColumn(Header(nameof(GapsText.LeftHeader)).RightAligned());
            table.AddColumn(Header(nameof(GapsText.OfScaleHeader)).RightAligned());
            table.AddColumn(Header(nameof(GapsText.FlagsHeader)));
            foreach (var (component, i) in analysis.Components.Select((c, i) => (c, i)))
            {
                table.AddRow(
                    new Text(Count(i + 1)),
                    new Text(component.Id),
                    new Text(component.Label),
                    new Text(component.MainIndex),
                    new Text(PointsOrMissing(component.Points)),
                    new Text(DisplayNumbers.Points(component.MaxPoints)),
                    new Text(DisplayNumbers.Points(component.PointsLeft)),
                    new Text(DisplayNumbers.Percent(component.ShareOfScale, "0.00")),
                    new Text(string.Join(", ", component.Flags.Select(ExplanationTextWriter.FlagName))));
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
            writer.WriteLine(target.CurrentRank is { } rank
                ? Texts.Gaps.Format(nameof(GapsText.TargetReached), Count(target.TargetRank), analysis.Unit.Name, Count(rank))
                : Texts.Gaps.Format(nameof(GapsText.TargetReachedUnranked), Count(target.TargetRank), analysis.Unit.Name));
            return;
        }

        var value = DisplayNumbers.Value(target.ValueNeeded, decimals);
        writer.WriteLine(
            Texts.Gaps.Format(nameof(GapsText.TargetLine), Count(target.TargetRank), target.UnitAtTarget!.Name, analysis.Index, value));
        if (target.PointsNeeded is not { } needed)
        {
            writer.WriteLine(Texts.Gaps.Format(nameof(GapsText.NotPoints), value));
            return;
        }

        writer.WriteLine(Texts.Gaps.Format(nameof(GapsText.PointsNeeded), DisplayNumbers.Points(needed), value, PointsOrMissing(target.Gap)));
        if (target.Suppliers.Count == 0)
        {
            return;
        }

        writer.WriteLine(Texts.Gaps.Get(nameof(GapsText.SuppliersTitle)));
        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn(Header(nameof(GapsText.ComponentHeader)));
        table.AddColumn(Header(nameof(GapsText.LabelHeader)));
        table.AddColumn(Header(nameof(GapsText.LeftHeader)).RightAligned());
        table.AddColumn(Header(nameof(GapsText.CumulativeHeader)).RightAligned());
        foreach (var supplier in target.Suppliers)
        {
            table.AddRow(
                new Text(supplier.Component.Id),
                new Text(supplier.Component.Label),
                new Text(DisplayNumbers.Points(supplier.Component.PointsLeft)),
                new Text(DisplayNumbers.Points(supplier.Cumulative)));
        }

        console.Write(table);
        writer.WriteLine(target.Covered
            ? Texts.Gaps.Format(nameof(GapsText.Covered), Count(target.Suppliers.Count), DisplayNumbers.Points(target.Suppliers[^1].Cumulative))
            : Texts.Gaps.Format(nameof(GapsText.NotCovered), DisplayNumbers.Points(target.Suppliers[^1].Cumulative)));
    }

    private static string PointsOrMissing(decimal? points) => points is null ? Texts.Explain.Get(nameof(ExplainText.Missing)) : DisplayNumbers.Points(points);

    private static TableColumn Header(string key) => new(Markup.Escape(Texts.Gaps.Get(key)));

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
