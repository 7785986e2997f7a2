namespace DtiRules.LanguageServer.Protocol;

/// <summary>Replaces a range with new text.</summary>
/// <param name="Range">The range replaced.</param>
/// <param name="NewText">The text put there.</param>
public sealed record TextEdit(Range Range, string NewText);
