using System.Globalization;
using DtiRules.Analysis.Explain;
using DtiRules.Data.Reports;
using DtiRules.Scoring;

namespace DtiRules.Cli.Output;

/// <summary>
/// The explanation people read: an indented tree, one line per node (points, points left, value,
/// flags) followed by its formula with the source line, the values that went in and the cohort
/// statistics, then every output with its rank.
/// </summary>
internal static class ExplanationTextWriter
{
    private const string Step = "  ";

    public static void Write(Explanation explanation, IReadOnlyList<string> dataNotes, TextWriter writer)
    {
        var header = explanation.Header;
        writer.WriteLine($"{header.Id} {header.Edition}: {header.Title} ({header.Basis})");
        writer.WriteLine($"{explanation.Unit.Name} (code {explanation.Unit.Code}), one of {Count(explanation.Units)} units; {Percent(explanation.Coverage)} of its points from data");
        foreach (var note in dataNotes)
        {
            writer.WriteLine($"# {note}");
        }

        writer.WriteLine();
        WriteNode(explanation.Root, 0, header.Rounding, writer);
        if (explanation.Outputs.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine("Outputs");
        foreach (var output in explanation.Outputs)
        {
            WriteNode(output, 1, header.Rounding, writer);
        }
    }

    private static void WriteNode(ExplainedNode node, int level, int decimals, TextWriter writer)
    {
        var indent = string.Concat(Enumerable.Repeat(Step, level));
        var detail = indent + Step + Step;
        writer.WriteLine($"{indent}{node.Id} \"{node.Label}\": {Result(node, decimals)}{Flags(node.Flags)}");
        writer.WriteLine($"{detail}formula  {node.Formula}  @ {node.Location}");
        foreach (var input in node.Inputs)
        {
            var unit = input.Value is not null && input.UnitOfMeasure.Length > 0 ? " " + input.UnitOfMeasure : string.Empty;
            writer.WriteLine($"{detail}input    {input.Id} \"{input.Label}\" = {input.Display}{unit}{Flags(input.Flags)}");
        }

        foreach (var read in node.Reads)
        {
            writer.WriteLine($"{detail}{Read(read, decimals)}");
        }

        foreach (var cohort in node.Cohorts)
        {
            writer.WriteLine($"{detail}cohort   {cohort.Summary}");
        }

        foreach (var child in node.Children)
        {
            WriteNode(child, level + 1, decimals, writer);
        }

        if (node.ChildrenNotShown > 0)
        {
            writer.WriteLine($"{indent}{Step}… {Count(node.ChildrenNotShown)} more below, not shown (raise --depth to see them)");
        }
    }

    private static string Result(ExplainedNode node, int decimals)
    {
        var parts = new List<string>();
        if (node.MaxPoints is 0m)
        {
            parts.Add("not scored");
        }
        else if (node.MaxPoints is { } max)
        {
            parts.Add($"{PointsOrMissing(node.Points)} of {ResultNumbers.Points(max)} points, {ResultNumbers.Points(node.PointsLeft)} left");
        }

        if (node.Value is { } value)
        {
            parts.Add($"value {ResultNumbers.Value(value, decimals)}");
        }

        if (node.Rank is { } rank)
        {
            parts.Add($"rank {Count(rank)} of {Count(node.RankedUnits ?? 0)}");
        }

        return parts.Count == 0 ? "no result" : string.Join("; ", parts);
    }

    private static string Read(ExplainedRead read, int decimals) => read.Kind switch
    {
        "total" => $"total    {PointsOrMissing(read.Figure)} of {ResultNumbers.Points(read.MaxPoints)} points",
        "node" => $"node     {read.Id} \"{read.Label}\" = {PointsOrMissing(read.Figure)} of {ResultNumbers.Points(read.MaxPoints)} points",
        _ => $"{read.Kind,-8} {read.Id} \"{read.Label}\" = {(read.Figure is { } figure ? ResultNumbers.Value(figure, decimals) : "missing")}",
    };

    private static string PointsOrMissing(decimal? points) => points is null ? "missing" : ResultNumbers.Points(points);

    private static string Flags(IReadOnlyList<string> flags) => flags.Count == 0 ? string.Empty : $" [{string.Join(", ", flags)}]";

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string Percent(decimal share) => (share * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
