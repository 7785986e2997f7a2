using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax.Nodes;

/// <summary><c>note ID "header"</c>: a text column of the data kept beside the scores, untouched.</summary>
/// <param name="Name">The note id; the data may name the column by it.</param>
/// <param name="Header">The column's header as offices write it (e.g. "Trạng thái"); the data may name the column by it.</param>
/// <param name="Span">The whole declaration.</param>
public sealed record NoteDeclarationSyntax(IdentifierSyntax Name, StringLiteralSyntax Header, TextSpan Span) : DeclarationSyntax(Span);
