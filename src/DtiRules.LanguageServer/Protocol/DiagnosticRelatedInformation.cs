namespace DtiRules.LanguageServer.Protocol;

/// <summary>A place a diagnostic refers to besides its own.</summary>
/// <param name="Location">The place.</param>
/// <param name="Message">What is there.</param>
public sealed record DiagnosticRelatedInformation(Location Location, string Message);
