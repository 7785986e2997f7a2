using DtiRules.Analysis.Editions;
using DtiRules.Cli.Resources;
using DtiRules.Data.Reports;

namespace DtiRules.Cli.Output.Formats;

/// <summary><c>--format csv</c>: one table, one row per unit or change; notes a table cannot hold go to standard error.</summary>
internal sealed class CsvFormat : OutputFormat, IWrites<ScoreDocument>, IWrites<RescoreMatrix>, IWrites<ComparisonDocument>, IWrites<DiffDocument>, IWrites<ChangeAttributionDocument>, IWrites<WhatIfDocument>
{
    /// <inheritdoc />
    public override string Name => "csv";

    /// <inheritdoc />
    public override string Purpose => Texts.Help.Get(nameof(HelpText.CsvFormatPurpose));

    /// <inheritdoc />
    public void Write(ScoreDocument document, TextWriter output, TextWriter notes) => CsvResultWriter.Write(document.Scores.Result, output);

    /// <inheritdoc />
    public void Write(RescoreMatrix document, TextWriter output, TextWriter notes)
    {
        GridCsvWriter.Write(RescoreGrid.Of(document), output);
        WriteNotes(document.Notes, notes);
    }

    /// <inheritdoc />
    public void Write(ComparisonDocument document, TextWriter output, TextWriter notes)
    {
        GridCsvWriter.Write(ComparisonGrid.Of(document.Comparison, full: true), output);
        WriteNotes(document.Comparison.Notes, notes);
    }

    /// <inheritdoc />
    public void Write(DiffDocument document, TextWriter output, TextWriter notes) => MethodologyDiffCsvWriter.WriteChanges(document.Diff, output);

    /// <inheritdoc />
    public void Write(ChangeAttributionDocument document, TextWriter output, TextWriter notes)
    {
        GridCsvWriter.Write(document.Grid, output);
        WriteNotes(document.Notes, notes);
    }

    /// <inheritdoc />
    public void Write(WhatIfDocument document, TextWriter output, TextWriter notes) => GridCsvWriter.Write(WhatIfOutput.Grid(document.Outcome), output);

    private static void WriteNotes(IReadOnlyList<string> lines, TextWriter notes)
    {
        foreach (var note in lines)
        {
            notes.WriteLine($"note: {note}");
        }
    }
}
