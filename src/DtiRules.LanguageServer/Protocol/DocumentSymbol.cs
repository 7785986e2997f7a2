namespace DtiRules.LanguageServer.Protocol;

/// <summary>A declaration in the outline, with the declarations inside it.</summary>
/// <param name="Name">The id.</param>
/// <param name="Detail">Label and max, or a kind.</param>
/// <param name="Kind">The protocol's symbol kind.</param>
/// <param name="Range">The whole declaration.</param>
/// <param name="SelectionRange">The id.</param>
/// <param name="Children">Nested declarations.</param>
public sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, IReadOnlyList<DocumentSymbol> Children);
