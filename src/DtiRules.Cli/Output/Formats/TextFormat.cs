using DtiRules.Cli.Resources;

namespace DtiRules.Cli.Output.Formats;

/// <summary><c>--format text</c>: one unit's result as indented text for people.</summary>
internal sealed class TextFormat : OutputFormat, IWrites<ExplainDocument>, IWrites<GapsDocument>, IWrites<PlanDocument>
{
    /// <inheritdoc />
    public override string Name => "text";

    /// <inheritdoc />
    public override string Purpose => Texts.Help.Get(nameof(HelpText.TextFormatPurpose));

    /// <inheritdoc />
    public void Write(ExplainDocument document, TextWriter output, TextWriter notes) =>
        ExplanationTextWriter.Write(document.Explanation, document.Notes, output);

    /// <inheritdoc />
    public void Write(GapsDocument document, TextWriter output, TextWriter notes) =>
        GapsTextWriter.Write(document.Analysis, document.Notes, output);

    /// <inheritdoc />
    public void Write(PlanDocument document, TextWriter output, TextWriter notes) => PlanOutput.WriteText(document.Plan, document.Digits, output);
}
