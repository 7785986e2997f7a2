using System.Globalization;
using System.Text;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Syntax.Nodes;
using DtiRules.Language.Text;
using DtiRules.LanguageServer.Analysis;
using DtiRules.LanguageServer.Protocol;
using DtiRules.LanguageServer.Resources;
using DtiRules.LanguageServer.Workspace;

namespace DtiRules.LanguageServer.Features;

/// <summary>
/// What hovering a name shows: for a node its label, max, provenance and source, the edition it
/// is inherited from and the points the checker proves; for an input its type, range and unit;
/// for the keyword <c>max</c> the max points it stands for.
/// </summary>
internal static class HoverProvider
{
    public static Hover? Hover(DocumentAnalysis analysis, Position position)
    {
        var offset = PositionMapper.ToOffset(analysis.Text, position);
        if (analysis.OccurrenceAt(offset) is not { } occurrence || analysis.Resolve(occurrence) is not { } symbol)
        {
            return MaxKeywordHover.At(analysis, offset);
        }

        var text = new StringBuilder();
        switch (symbol.Symbol)
        {
            case NodeSymbol node:
                Node(text, node);
                break;
            case InputSymbol input:
                Input(text, input);
                break;
            case OutputSymbol output:
                Output(text, output);
                break;
            case LevelTypeSymbol levelType:
                text.Append(CultureInfo.InvariantCulture, $"**levels `{levelType.Name}`** {levelType.Label}\n\n");
                text.Append(string.Join(" < ", levelType.Members.Select(m => $"`{m.Name}`")));
                break;
            case LevelMemberSymbol member:
                text.Append(CultureInfo.InvariantCulture, $"**`{occurrence.Key.Container}.{member.Name}`** {member.Label}\n\n");
                text.Append(Say(nameof(EditorText.Hover_LevelMember), member.Ordinal + 1, occurrence.Key.Container));
                break;
            case BuiltinFunction function:
                text.Append(CultureInfo.InvariantCulture, $"**`{function.Signature}`**\n\n{function.Description}");
                break;
            case HeaderSyntax header:
                text.Append(CultureInfo.InvariantCulture, $"**ruleset `{header.Name.Name}` edition {header.Edition.Text}**");
                if (header.Properties.FirstOrDefault(p => p.Key.Name == "title") is { } title)
                {
                    text.Append(CultureInfo.InvariantCulture, $"\n\n{title.Value}");
                }

                break;
        }

        if (symbol.Declaration is { } declaration && declaration.Path != analysis.Path)
        {
            text.Append("\n\n").Append(Inherited(analysis, declaration));
        }

        return new Hover(new MarkupContent("markdown", text.ToString()), PositionMapper.ToRange(occurrence.Span));
    }

    private static void Node(StringBuilder text, NodeSymbol node)
    {
        text.Append(CultureInfo.InvariantCulture, $"**node `{node.Name}`** {node.Label}\n\n");
        text.Append(Say(nameof(EditorText.Hover_MaxPoints), Number(node.MaxPoints)));
        if (node.Parent is { } parent)
        {
            text.Append(" · ").Append(Say(nameof(EditorText.Hover_InParent), parent.Name));
        }

        text.Append(" · ").Append(node.IsLeaf ? Say(nameof(EditorText.Hover_ScoredByFormula)) : Say(nameof(EditorText.Hover_SumOfChildren), node.Children.Count));
        if (node.ProvenPoints is { } proven)
        {
            text.Append("\n\n").Append(Say(nameof(EditorText.Hover_ProvenPoints), proven));
        }

        Provenance(text, node.Provenance);
    }

    private static void Input(StringBuilder text, InputSymbol input)
    {
        text.Append(CultureInfo.InvariantCulture, $"**input `{input.Name}`** {input.Label}\n\n");
        text.Append(Say(nameof(EditorText.Hover_Type), input.Type.Describe()));
        if (input.Minimum is not null || input.Maximum is not null)
        {
            text.Append(" · ").Append(Say(nameof(EditorText.Hover_Range), Bound(input.Minimum), Bound(input.Maximum)));
        }

        if (input.Unit.Length > 0)
        {
            text.Append(" · ").Append(Say(nameof(EditorText.Hover_Unit), input.Unit));
        }

        // The policy is a keyword of the language (zero, mean, …), written as in the ruleset.
        if (input.Policy is { } policy)
        {
            text.Append(" · ").Append(Say(nameof(EditorText.Hover_Missing), policy.ToString().ToLowerInvariant()));
        }

        text.Append("\n\n").Append(Say(nameof(EditorText.Hover_SuppliedByColumn)));
    }

    private static void Output(StringBuilder text, OutputSymbol output)
    {
        text.Append(CultureInfo.InvariantCulture, $"**{(output.IsIndex ? "index" : "output")} `{output.Name}`** {output.Label}");
        if (output.IsRanked)
        {
            text.Append(" · ").Append(Say(nameof(EditorText.Hover_Ranked)));
        }

        if (output.ProvenValue is { } proven)
        {
            text.Append("\n\n").Append(Say(nameof(EditorText.Hover_ProvenValue), proven));
        }

        Provenance(text, output.Provenance);
    }

    private static void Provenance(StringBuilder text, Provenance? provenance)
    {
        if (provenance is null)
        {
            text.Append("\n\n").Append(Say(nameof(EditorText.Hover_NoProvenance)));
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"\n\n{provenance.Kind.ToString().ToLowerInvariant()}: {provenance.Reason}");
        if (provenance.Source.Length > 0)
        {
            text.Append("\n\n").Append(Say(nameof(EditorText.Hover_Source), provenance.Source));
        }
    }

    /// <summary>"inherited from dti_province 2022 (2022.dti, line 40)".</summary>
    private static string Inherited(DocumentAnalysis analysis, SourceLocation declaration)
    {
        var header = analysis.Locator.Trees.FirstOrDefault(t => t.Text.Path == declaration.Path)?.Root.Header;
        var edition = header is null ? string.Empty : $"`{header.Name.Name} {header.Edition.Text}` ";
        return Say(nameof(EditorText.Hover_InheritedFrom), edition, Path.GetFileName(declaration.Path), declaration.Line);
    }

    private static string Say(string key, params object?[] args) => EditorTexts.Words.Phrase(key, args);

    private static string Bound(decimal? value) => value is { } v ? Number(v) : "∞";

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
