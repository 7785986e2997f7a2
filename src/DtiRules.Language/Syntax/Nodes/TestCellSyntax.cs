using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>field: value</c> in a test unit: a data cell, read like a cell of a data file.</summary>
/// <param name="Field">The column: an input id, a node id, or <c>node.points</c>.</param>
/// <param name="FieldSpan">Where the field is written.</param>
/// <param name="Value">The value as a data cell would hold it (quotes removed).</param>
/// <param name="IsQuoted">True when the value was written as a quoted text.</param>
/// <param name="Span">The whole cell.</param>
public sealed record TestCellSyntax(string Field, TextSpan FieldSpan, string Value, bool IsQuoted, TextSpan Span) : SyntaxNode(Span);
