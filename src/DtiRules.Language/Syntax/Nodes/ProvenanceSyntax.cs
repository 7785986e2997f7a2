using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>documented "reason" source "ref"</c> or <c>assumed "reason"</c>.</summary>
/// <param name="Kind">Documented or assumed.</param>
/// <param name="Reason">Why, in one line.</param>
/// <param name="Source">Optional reference (decision, URL).</param>
/// <param name="Span">The whole clause.</param>
public sealed record ProvenanceSyntax(ProvenanceKind Kind, StringLiteralSyntax Reason, StringLiteralSyntax? Source, TextSpan Span)
    : NodeItemSyntax(Span);
