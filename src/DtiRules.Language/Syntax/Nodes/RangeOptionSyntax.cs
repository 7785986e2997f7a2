using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>range low..high</c>: the values data may give.</summary>
/// <param name="Low">Smallest allowed value.</param>
/// <param name="High">Largest allowed value.</param>
/// <param name="Span">The whole option.</param>
public sealed record RangeOptionSyntax(NumberSyntax Low, NumberSyntax High, TextSpan Span) : InputOptionSyntax(Span);
