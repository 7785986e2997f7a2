using System.Collections.Immutable;
using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>unit "Hà Nội" { field: value … }</c> inside a test.</summary>
/// <param name="Name">The unit as written (any spelling the unit list knows).</param>
/// <param name="Cells">Its data.</param>
/// <param name="Span">The whole block.</param>
public sealed record TestUnitSyntax(StringLiteralSyntax Name, ImmutableArray<TestCellSyntax> Cells, TextSpan Span) : SyntaxNode(Span);
