namespace DtiRules.LanguageServer.Protocol;

/// <summary>A quick fix: a title and the edit that applies it.</summary>
/// <param name="Title">What it does.</param>
/// <param name="Kind">Always <c>quickfix</c>.</param>
/// <param name="Diagnostics">The diagnostics it fixes.</param>
/// <param name="Edit">The edit.</param>
/// <param name="IsPreferred">True for the first suggestion.</param>
public sealed record CodeAction(string Title, string Kind, IReadOnlyList<LspDiagnostic> Diagnostics, WorkspaceEdit Edit, bool IsPreferred);
