namespace DtiRules.LanguageServer.Protocol;

/// <summary>Whether find-references lists the declaration too.</summary>
/// <param name="IncludeDeclaration">True to list the declaration.</param>
public sealed record ReferenceContext(bool IncludeDeclaration);
