using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>noise input ±5%</c>: each unit's value of the input varies by up to the percentage either way.</summary>
/// <param name="Input">The input whose cells vary.</param>
/// <param name="Percent">The spread, in percent of each value.</param>
/// <param name="Span">The whole factor.</param>
public sealed record NoiseFactorSyntax(IdentifierSyntax Input, NumberSyntax Percent, TextSpan Span) : UncertaintyFactorSyntax(Span);
