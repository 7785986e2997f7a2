using DtiRules.Analysis.Editions;
using DtiRules.Cli.Resources;
using DtiRules.Data.Reports;

namespace DtiRules.Cli.Output.Formats;

/// <summary><c>--format json</c>: one document with everything, for tools.</summary>
internal sealed class JsonFormat
    : OutputFormat, IWrites<ScoreDocument>, IWrites<RescoreMatrix>, IWrites<ComparisonDocument>, IWrites<DiffDocument>, IWrites<ExplainDocument>, IWrites<GapsDocument>,
      IWrites<ChangeAttributionDocument>, IWrites<WhatIfDocument>, IWrites<PlanDocument>
{
    /// <inheritdoc />
    public override string Name => "json";

    /// <inheritdoc />
    public override string Purpose => Texts.Help.Get(nameof(HelpText.JsonFormatPurpose));

    /// <inheritdoc />
    public void Write(ScoreDocument document, TextWriter output, TextWriter notes) => JsonResultWriter.Write(document.Scores.Result, output);

    /// <inheritdoc />
    public void Write(RescoreMatrix document, TextWriter output, TextWriter notes) => RescoreJsonWriter.Write(document, output);

    /// <inheritdoc />
    public void Write(ComparisonDocument document, TextWriter output, TextWriter notes) => ComparisonJsonWriter.Write(document.Comparison, document.Inputs, output);

    /// <inheritdoc />
    public void Write(DiffDocument document, TextWriter output, TextWriter notes) => MethodologyDiffJsonWriter.Write(document.Diff, document.Effect, output);

    /// <inheritdoc />
    public void Write(ExplainDocument document, TextWriter output, TextWriter notes) => ExplanationJsonWriter.Write(document.Explanation, output);

    /// <inheritdoc />
    public void Write(GapsDocument document, TextWriter output, TextWriter notes) => GapsJsonWriter.Write(document.Analysis, output);

    /// <inheritdoc />
    public void Write(ChangeAttributionDocument document, TextWriter output, TextWriter notes) => GridJsonWriter.Write(document.Title, document.Grid, document.Notes, output);

    /// <inheritdoc />
    public void Write(WhatIfDocument document, TextWriter output, TextWriter notes) => GridJsonWriter.Write("what if", WhatIfOutput.Grid(document.Outcome), document.Notes, output);

    /// <inheritdoc />
    public void Write(PlanDocument document, TextWriter output, TextWriter notes) => PlanOutput.WriteJson(document.Plan, output);
}
