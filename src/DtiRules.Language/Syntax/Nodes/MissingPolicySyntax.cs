using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>missing POLICY</c> on an input or a node.</summary>
/// <param name="Policy">The policy word as written.</param>
/// <param name="Span">The whole clause.</param>
public sealed record MissingPolicySyntax(IdentifierSyntax Policy, TextSpan Span) : InputOptionSyntax(Span);
