namespace DtiRules.LanguageServer.Protocol;

/// <summary>Names a document at a version.</summary>
/// <param name="Uri">The document's URI.</param>
/// <param name="Version">The version after the change.</param>
public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);
