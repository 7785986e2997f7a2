namespace DtiRules.Compiler.Cache;

/// <summary>A cache folder, key or entry the engine did not trust, and why; the ruleset was compiled instead.</summary>
/// <param name="Path">The folder or file not used.</param>
/// <param name="Reason">Why, in words a user can act on.</param>
public sealed record CacheRejection(string Path, string Reason);
