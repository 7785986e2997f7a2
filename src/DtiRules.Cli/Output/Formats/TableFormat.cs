using DtiRules.Analysis.Editions;
using DtiRules.Cli.Resources;

namespace DtiRules.Cli.Output.Formats;

/// <summary><c>--format table</c>: aligned tables for people, the same text on a terminal, in a file and in a CI log.</summary>
internal sealed class TableFormat : OutputFormat, IWrites<ScoreDocument>, IWrites<RescoreMatrix>, IWrites<ComparisonDocument>, IWrites<DiffDocument>, IWrites<ChangeAttributionDocument>, IWrites<WhatIfDocument>
{
    /// <inheritdoc />
    public override string Name => "table";

    /// <inheritdoc />
    public override string Purpose => Texts.Help.Get(nameof(HelpText.TableFormatPurpose));

    /// <inheritdoc />
    public void Write(ScoreDocument document, TextWriter output, TextWriter notes)
    {
        var scores = document.Scores;
        var constituents = document.ShowBoth && scores is { BeforeMerger: { } before, Map: { } map } ? ConstituentRanks.Column(scores.Result, before, map) : ((string, Func<int, string>)?)null;
        RankingTableWriter.Write(scores.Result, document.Notes, output, constituents);
    }

    /// <inheritdoc />
    public void Write(RescoreMatrix document, TextWriter output, TextWriter notes)
    {
        var labels = string.Join(", ", document.Editions.Select(e => $"{e.Label} ({e.Result.Ruleset.Header.Basis})"));
        GridTableWriter.Write($"Rescored under {labels}, {document.Rows.Count} units", RescoreGrid.Of(document), document.Notes, output);
    }

    /// <inheritdoc />
    public void Write(ComparisonDocument document, TextWriter output, TextWriter notes) =>
        GridTableWriter.Write(document.Inputs.Title, ComparisonGrid.Of(document.Comparison, full: false), document.Comparison.Notes, output);

    /// <inheritdoc />
    public void Write(DiffDocument document, TextWriter output, TextWriter notes) =>
        MethodologyDiffTableWriter.Write(document.Diff, document.Effect, document.Notes, output);

    /// <inheritdoc />
    public void Write(ChangeAttributionDocument document, TextWriter output, TextWriter notes) =>
        GridTableWriter.Write(document.Title, document.Grid, document.Notes, output);

    /// <inheritdoc />
    public void Write(WhatIfDocument document, TextWriter output, TextWriter notes) => WhatIfOutput.WriteTable(document.Outcome, document.Notes, output);
}
