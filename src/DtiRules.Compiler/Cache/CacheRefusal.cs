using DtiRules.Compiler.Resources;

namespace DtiRules.Compiler.Cache;

/// <summary>
/// Why a cache folder, key or entry was not trusted: a text of the cache's resource file and its
/// arguments, written only when read. Rejections are kept with the compiled ruleset for the life of
/// the process, so each reader sees the reason in its own language.
/// </summary>
public sealed class CacheRefusal
{
    private readonly string _key;
    private readonly object?[] _args;

    /// <param name="key">The key of the reason in <c>CacheText</c>.</param>
    /// <param name="args">Its arguments: words of the system (error names), numbers, or other refusals.</param>
    internal CacheRefusal(string key, params object?[] args)
    {
        _key = key;
        _args = args;
    }

    /// <summary>The reason in the current language; a refusal among the arguments is written in the same language.</summary>
    public override string ToString() => CacheTexts.Reasons.Phrase(_key, _args);
}
