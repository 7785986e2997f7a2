using System.Globalization;
using DtiRules.Analysis.Explain;
using DtiRules.Cli.Resources;
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
        writer.WriteLine(Texts.Explain.Format(nameof(ExplainText.UnitLine), explanation.Unit.Name, explanation.Unit.Code, Count(explanation.Units), DisplayNumbers.Percent(explanation.Coverage, "0.0")));
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
        writer.WriteLine(Texts.Explain.Get(nameof(ExplainText.Outputs)));
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
        writer.WriteLine($"{detail}{Label(nameof(ExplainText.FormulaLabel))}{FormulaShown(node)}  @ {node.Location}");
        foreach (var input in node.Inputs)
        {
            var unit = input.Value is not null && input.UnitOfMeasure.Length > 0 ? " " + input.UnitOfMeasure : string.Empty;
            writer.WriteLine($"{detail}{Label(nameof(ExplainText.InputLabel))}{input.Id} \"{input.Label}\" = {Shown(input)}{unit}{Flags(input.Flags)}");
        }

        foreach (var read in node.Reads)
        {
            writer.WriteLine($"{detail}{Read(read, decimals)}");
        }

        foreach (var cohort in node.Cohorts)
        {
            writer.WriteLine($"{detail}{Label(nameof(ExplainText.CohortLabel))}{cohort.Summary}");
        }

        foreach (var child in node.Children)
        {
            WriteNode(child, level + 1, decimals, writer);
        }

        if (node.ChildrenNotShown > 0)
        {
            writer.WriteLine($"{indent}{Step}… {Texts.Explain.Format(nameof(ExplainText.NotShown), Count(node.ChildrenNotShown))}");
        }
    }

    private static string Result(ExplainedNode node, int decimals)
    {
        var parts = new List<string>();
        if (node.MaxPoints is 0m)
        {
            parts.Add(Texts.Explain.Get(nameof(ExplainText.NotScored)));
        }
        else if (node.MaxPoints is { } max)
        {
            parts.Add(Texts.Explain.Format(nameof(ExplainText.PointsOfMax), PointsOrMissing(node.Points), DisplayNumbers.Points(max), DisplayNumbers.Points(node.PointsLeft)));
        }

        if (node.Value is { } value)
        {
            parts.Add(Texts.Explain.Format(nameof(ExplainText.ValuePart), DisplayNumbers.Value(value, decimals)));
        }

        if (node.Rank is { } rank)
        {
            parts.Add(Texts.Explain.Format(nameof(ExplainText.RankPart), Count(rank), Count(node.RankedUnits ?? 0)));
        }

        return parts.Count == 0 ? Texts.Explain.Get(nameof(ExplainText.NoResult)) : string.Join("; ", parts);
    }

    private static string Read(ExplainedRead read, int decimals) => read.Kind switch
    {
        "total" => Label(nameof(ExplainText.TotalLabel)) + Texts.Explain.Format(nameof(ExplainText.PointsOf), PointsOrMissing(read.Figure), DisplayNumbers.Points(read.MaxPoints)),
        "node" => $"{Label(nameof(ExplainText.NodeLabel))}{read.Id} \"{read.Label}\" = {Texts.Explain.Format(nameof(ExplainText.PointsOf), PointsOrMissing(read.Figure), DisplayNumbers.Points(read.MaxPoints))}",
        "value" => $"{Label(nameof(ExplainText.ValueLabel))}{read.Id} \"{read.Label}\" = {ValueOrMissing(read.Figure, decimals)}",
        "output" => $"{Label(nameof(ExplainText.OutputLabel))}{read.Id} \"{read.Label}\" = {ValueOrMissing(read.Figure, decimals)}",
        _ => throw new ArgumentOutOfRangeException(nameof(read), read.Kind, "An explained read is a node, a value, an output or the total."),
    };

    private static string ValueOrMissing(decimal? figure, int decimals) =>
        figure is { } value ? DisplayNumbers.Value(value, decimals) : Texts.Explain.Get(nameof(ExplainText.Missing));

    /// <summary>A detail line's label, padded so the details line up as in English.</summary>
    /// <summary>The formula as written, or the words for a node that sums its children.</summary>
    private static string FormulaShown(ExplainedNode node) =>
        node.SumsChildren ? Texts.Explain.Get(nameof(ExplainText.SumOfChildren)) : node.Formula;

    private static string Label(string key) => Texts.Explain.Get(key).PadRight(8) + " ";

    /// <summary>An input's value as people read it: numbers with the chosen decimal mark, other values as written.</summary>
    private static string Shown(ExplainedInput input) => input.Value switch
    {
        null => Texts.Explain.Get(nameof(ExplainText.Missing)),
        { } number when input.Display == ResultNumbers.Points(number) => DisplayNumbers.Points(number),
        _ when input.Display == "yes" => Texts.Explain.Get(nameof(ExplainText.Yes)),
        _ when input.Display == "no" => Texts.Explain.Get(nameof(ExplainText.No)),
        _ => input.Display,
    };

    /// <summary>The names of cell flags in the language of the command.</summary>
    public static string FlagName(string flag) => flag switch
    {
        "missing" => Texts.Explain.Get(nameof(ExplainText.FlagMissing)),
        "imputed" => Texts.Explain.Get(nameof(ExplainText.FlagImputed)),
        "given" => Texts.Explain.Get(nameof(ExplainText.FlagGiven)),
        "clamped" => Texts.Explain.Get(nameof(ExplainText.FlagClamped)),
        "rescaled" => Texts.Explain.Get(nameof(ExplainText.FlagRescaled)),
        "skipped" => Texts.Explain.Get(nameof(ExplainText.FlagSkipped)),
        "failed" => Texts.Explain.Get(nameof(ExplainText.FlagFailed)),
        "mapped" => Texts.Explain.Get(nameof(ExplainText.FlagMapped)),
        _ => flag,
    };

    private static string PointsOrMissing(decimal? points) => points is null ? Texts.Explain.Get(nameof(ExplainText.Missing)) : DisplayNumbers.Points(points);

    private static string Flags(IReadOnlyList<string> flags) => flags.Count == 0 ? string.Empty : $" [{string.Join(", ", flags.Select(FlagName))}]";

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
