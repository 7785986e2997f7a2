using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Syntax.Nodes;
using DtiRules.Language.Text;

namespace DtiRules.Language.Binding;

internal sealed partial class Binder
{
    /// <summary>
    /// Declares the notes after inputs, nodes and outputs, so that a note whose id or header would
    /// name the same data column as one of them, or as another note, is reported where it is written.
    /// Notes are not names formulas can read, so they stay out of the shared namespace.
    /// </summary>
    private List<NoteSymbol> DeclareNotes(IEnumerable<NoteDeclarationSyntax> declarations)
    {
        var notes = new List<NoteSymbol>();
        var columns = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var syntax in declarations)
        {
            if (syntax.Name.IsMissing)
            {
                continue;
            }

            if (TryLookup(syntax.Name.Name, out var existing))
            {
                Report(DiagnosticDescriptors.DuplicateName, syntax.Name.Span, syntax.Name.Name, existing.Location.Line, "note");
                continue;
            }

            var header = syntax.Header.Value.Trim();
            if (header.Length == 0)
            {
                Report(DiagnosticDescriptors.EmptyNoteHeader, syntax.Header.Span, syntax.Name.Name);
                continue;
            }

            if (columns.TryGetValue(TextFolding.Fold(syntax.Name.Name), out var first))
            {
                Report(DiagnosticDescriptors.DuplicateName, syntax.Name.Span, syntax.Name.Name, first.Line, "note");
                continue;
            }

            if (header != syntax.Name.Name && ColumnTaken(header, columns) is { } taken)
            {
                Report(DiagnosticDescriptors.NoteColumnTaken, syntax.Header.Span, header, taken.Line);
                continue;
            }

            columns[TextFolding.Fold(syntax.Name.Name)] = Location(syntax.Name);
            columns[TextFolding.Fold(header)] = Location(syntax.Name);
            notes.Add(new NoteSymbol(syntax.Name.Name, header, Location(syntax.Name)));
        }

        return notes;
    }

    /// <summary>
    /// Where the data column <paramref name="column"/> is already declared, or null: by a note (headers
    /// compared as the data binder reads them, case, accents and spacing aside), an input, a node or an output.
    /// </summary>
    private SourceLocation? ColumnTaken(string column, Dictionary<string, SourceLocation> noteColumns) =>
        noteColumns.TryGetValue(TextFolding.Fold(column), out var note) ? note
        : TryLookup(column, out var declared) ? declared.Location
        : null;
}
