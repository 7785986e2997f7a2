using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary>A name as written: an id of an input, node, output, level type or member.</summary>
/// <param name="Name">The identifier text; empty when the parser had to invent a missing one.</param>
/// <param name="Span">Where it is written.</param>
public sealed record IdentifierSyntax(string Name, TextSpan Span) : SyntaxNode(Span)
{
    /// <summary>True when the parser recovered from a missing identifier.</summary>
    public bool IsMissing => Name.Length == 0;
}
