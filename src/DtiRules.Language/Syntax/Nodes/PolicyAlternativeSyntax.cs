using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary>One policy of <c>policy missing …</c>, with its weight if written (<c>mean weight 2</c>).</summary>
/// <param name="Policy">The policy's name.</param>
/// <param name="Weight">How likely it is against the others, or null for 1.</param>
/// <param name="Span">The alternative.</param>
public sealed record PolicyAlternativeSyntax(IdentifierSyntax Policy, NumberSyntax? Weight, TextSpan Span) : SyntaxNode(Span);
