using System.Collections.Immutable;
using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary>A function call: <c>min(a, b)</c>, <c>cohort_max(x)</c>.</summary>
/// <param name="Function">The function name.</param>
/// <param name="Arguments">The arguments.</param>
/// <param name="Span">Where it is written.</param>
public sealed record CallExpressionSyntax(IdentifierSyntax Function, ImmutableArray<ExpressionSyntax> Arguments, TextSpan Span) : ExpressionSyntax(Span);
