using System.Collections.Immutable;
using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>levels x { chair: 10, deputy: 5, none: 0 }</c>: points per level member.</summary>
/// <param name="Subject">A level-typed value.</param>
/// <param name="Arms">Arms in written order.</param>
/// <param name="Else">Points for members without an arm, or null.</param>
/// <param name="Span">Where it is written.</param>
public sealed record LevelTableExpressionSyntax(ExpressionSyntax Subject, ImmutableArray<LevelArmSyntax> Arms, ExpressionSyntax? Else, TextSpan Span)
    : ExpressionSyntax(Span);
