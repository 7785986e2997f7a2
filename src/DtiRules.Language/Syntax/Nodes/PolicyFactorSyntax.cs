using System.Collections.Immutable;
using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>policy missing zero | mean</c>: the missing-data policy is one of the alternatives.</summary>
/// <param name="Alternatives">The policies, in written order.</param>
/// <param name="Span">The whole factor.</param>
public sealed record PolicyFactorSyntax(ImmutableArray<PolicyAlternativeSyntax> Alternatives, TextSpan Span) : UncertaintyFactorSyntax(Span);
