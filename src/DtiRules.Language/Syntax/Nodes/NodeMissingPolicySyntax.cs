using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>missing POLICY</c> inside a node: the policy of the node and the nodes below it.</summary>
/// <param name="Policy">The policy as written.</param>
/// <param name="Span">The whole clause.</param>
public sealed record NodeMissingPolicySyntax(MissingPolicySyntax Policy, TextSpan Span) : NodeItemSyntax(Span);
