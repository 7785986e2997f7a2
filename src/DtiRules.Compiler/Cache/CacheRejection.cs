namespace DtiRules.Compiler.Cache;

/// <summary>A cache folder, key or entry the engine did not trust, and why; the ruleset was compiled instead.</summary>
/// <param name="Path">The folder or file not used.</param>
/// <param name="Refusal">Why, in words a user can act on.</param>
public sealed record CacheRejection(string Path, CacheRefusal Refusal)
{
    /// <summary>Why, in the current language.</summary>
    public string Reason => Refusal.ToString();
}
