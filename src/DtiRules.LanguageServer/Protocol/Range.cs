namespace DtiRules.LanguageServer.Protocol;

/// <summary>A range of text between two positions, the end exclusive.</summary>
/// <param name="Start">The first position.</param>
/// <param name="End">The position just past the range.</param>
public sealed record Range(Position Start, Position End);
