namespace DtiRules.LanguageServer.Protocol;

/// <summary><c>window/showMessage</c> and <c>window/logMessage</c>.</summary>
/// <param name="Type">1 error, 2 warning, 3 info, 4 log.</param>
/// <param name="Message">The message.</param>
public sealed record ShowMessageParams(int Type, string Message);
