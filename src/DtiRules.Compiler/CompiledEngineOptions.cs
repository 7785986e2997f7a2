namespace DtiRules.Compiler;

/// <summary>Where compiled rulesets are cached.</summary>
/// <param name="CacheDirectory">The folder of the disk cache, or null to keep compiled rulesets in memory only.</param>
public sealed record CompiledEngineOptions(string? CacheDirectory)
{
    /// <summary>Names the cache folder (default: <c>$XDG_CACHE_HOME/dtirules</c>, else <c>%LOCALAPPDATA%\dtirules</c> on Windows and <c>~/.cache/dtirules</c> elsewhere).</summary>
    public const string CacheDirectoryVariable = "DTIRULES_CACHE_DIR";

    /// <summary>Set to <c>1</c> to keep compiled rulesets in memory only.</summary>
    public const string NoDiskCacheVariable = "DTIRULES_NO_DISK_CACHE";

    /// <summary>Memory only, nothing written to disk.</summary>
    public static CompiledEngineOptions MemoryOnly { get; } = new((string?)null);

    /// <summary>The options the environment asks for.</summary>
    public static CompiledEngineOptions FromEnvironment()
    {
        if (Environment.GetEnvironmentVariable(NoDiskCacheVariable) == "1")
        {
            return MemoryOnly;
        }

        if (Environment.GetEnvironmentVariable(CacheDirectoryVariable) is { Length: > 0 } explicitFolder)
        {
            return new CompiledEngineOptions(explicitFolder);
        }

        var cacheHome = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : OperatingSystem.IsWindows()
                ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return new CompiledEngineOptions(Path.Combine(string.IsNullOrEmpty(cacheHome) ? Path.GetTempPath() : cacheHome, "dtirules"));
    }
}
