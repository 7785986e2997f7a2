namespace DtiRules.Language.Schema;

/// <summary>A text column a dataset may supply beside the scores, kept as written and never scored.</summary>
/// <param name="Name">The note id; a column named so is this note.</param>
/// <param name="Header">The header offices write; a column so headed (case, accents and spacing aside) is this note.</param>
public sealed record DataNote(string Name, string Header);
