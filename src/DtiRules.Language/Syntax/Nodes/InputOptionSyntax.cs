using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary>An option after an input's label: range, unit or missing-data policy.</summary>
/// <param name="Span">The whole option.</param>
public abstract record InputOptionSyntax(TextSpan Span) : SyntaxNode(Span);
