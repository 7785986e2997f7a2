using System.Collections.Immutable;
using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>ruleset ID edition YEAR { properties }</c>.</summary>
/// <param name="Name">The ruleset id.</param>
/// <param name="Edition">The edition (year).</param>
/// <param name="Base">The edition this one extends, or null.</param>
/// <param name="Properties">The header properties in written order.</param>
/// <param name="Span">The whole header.</param>
public sealed record HeaderSyntax(IdentifierSyntax Name, NumberSyntax Edition, BaseEditionSyntax? Base, ImmutableArray<PropertySyntax> Properties, TextSpan Span)
    : SyntaxNode(Span);
