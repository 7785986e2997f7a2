namespace DtiRules.LanguageServer.Features;

/// <summary>A rename the server refuses, with the reason the editor shows; it becomes a JSON-RPC error, not a crash.</summary>
/// <param name="message">Why.</param>
internal sealed class RenameRejectedException(string message) : Exception(message);
