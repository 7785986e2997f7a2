using DtiRules.Language.Text;

namespace DtiRules.Language.Diagnostics;

/// <summary>Another place a diagnostic speaks of, e.g. the base edition's line behind an inherited node.</summary>
/// <param name="Location">The place.</param>
/// <param name="Message">What is there.</param>
public sealed record RelatedLocation(SourceLocation Location, string Message);
