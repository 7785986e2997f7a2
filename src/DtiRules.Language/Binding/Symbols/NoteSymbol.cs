using DtiRules.Language.Text;

namespace DtiRules.Language.Binding.Symbols;

/// <summary>A declared note: a text column of the data kept beside the scores, never scored.</summary>
/// <param name="Name">The note id.</param>
/// <param name="Header">The column header offices write (e.g. "Trạng thái").</param>
/// <param name="Location">Where the id is declared.</param>
public sealed record NoteSymbol(string Name, string Header, SourceLocation Location) : ISymbol;
