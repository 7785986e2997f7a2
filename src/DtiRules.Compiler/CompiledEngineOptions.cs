namespace DtiRules.Compiler;

/// <summary>Where compiled rulesets are cached, and the key that signs them.</summary>
/// <param name="CacheDirectory">The folder of the disk cache, or null to keep compiled rulesets in memory only.</param>
/// <param name="KeyFile">The user's signing key for cached images, outside the cache folder; null for the default (<see cref="DefaultKeyFile"/>).</param>
public sealed record CompiledEngineOptions(string? CacheDirectory, string? KeyFile = null)
{
    /// <summary>Names the cache folder (default: <c>$XDG_CACHE_HOME/dtirules</c>, else <c>%LOCALAPPDATA%\dtirules</c> on Windows and <c>~/.cache/dtirules</c> elsewhere).</summary>
    public const string CacheDirectoryVariable = "DTIRULES_CACHE_DIR";

    /// <summary>Names the signing key file (default: <see cref="DefaultKeyFile"/>).</summary>
    public const string KeyFileVariable = "DTIRULES_CACHE_KEY";

    /// <summary>Set to <c>1</c> to keep compiled rulesets in memory only.</summary>
    public const string NoDiskCacheVariable = "DTIRULES_NO_DISK_CACHE";

    /// <summary>Memory only, nothing written to disk.</summary>
    public static CompiledEngineOptions MemoryOnly { get; } = new((string?)null);

    /// <summary>The signing key file used unless one is named: <c>$XDG_CONFIG_HOME/dtirules/cache.key</c>, else <c>%APPDATA%\dtirules\cache.key</c> on Windows and <c>~/.config/dtirules/cache.key</c> elsewhere.</summary>
    public static string DefaultKeyFile
    {
        get
        {
            var configHome = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } xdg
                ? xdg
                : OperatingSystem.IsWindows()
                    ? Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData)
                    : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
            return Path.Combine(configHome, "dtirules", "cache.key");
        }
    }

    /// <summary>The options the environment asks for.</summary>
    public static CompiledEngineOptions FromEnvironment()
    {
        if (Environment.GetEnvironmentVariable(NoDiskCacheVariable) == "1")
        {
            return MemoryOnly;
        }

        var keyFile = Environment.GetEnvironmentVariable(KeyFileVariable) is { Length: > 0 } explicitKey ? explicitKey : null;
        if (Environment.GetEnvironmentVariable(CacheDirectoryVariable) is { Length: > 0 } explicitFolder)
        {
            return new CompiledEngineOptions(explicitFolder, keyFile);
        }

        var cacheHome = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : OperatingSystem.IsWindows()
                ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return new CompiledEngineOptions(Path.Combine(string.IsNullOrEmpty(cacheHome) ? Path.GetTempPath() : cacheHome, "dtirules"), keyFile);
    }
}
