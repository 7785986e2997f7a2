using System.Runtime.Versioning;
using DtiRules.Compiler;
using DtiRules.Scoring;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Compiler;

/// <summary>A private cache folder and key of one test, and engines using them.</summary>
[UnsupportedOSPlatform("windows")]
internal sealed class CacheFolders : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "dtirules-cache-test-" + Guid.NewGuid().ToString("N"));

    public string Folder => Path.Combine(_root, "cache");

    public string KeyFile => Path.Combine(_root, "config", "cache.key");

    /// <summary>The one entry written by <see cref="CompileOnce"/>.</summary>
    public string Entry { get; private set; } = "";

    public CompiledEngine Engine() => new(new CompiledEngineOptions(Folder, KeyFile));

    /// <summary>Compiles <paramref name="text"/> into the cache and returns what its scores render to.</summary>
    public string CompileOnce(string text)
    {
        var before = Directory.Exists(Folder) ? Directory.GetFiles(Folder) : [];
        var scorer = Engine().GetScorer(Compile.Clean(text));
        Assert.Equal(CompiledOrigin.Compiled, scorer.Origin);
        var written = Assert.Single(Directory.GetFiles(Folder).Except(before));
        if (Entry.Length == 0)
        {
            Entry = written;
        }

        return Expected(scorer);
    }

    /// <summary>The scores of the two-unit sample rendered, which the interpreter gives independently.</summary>
    public string Expected(IScorer scorer)
    {
        var data = DtiRules.Tests.Language.MiniRuleset.Data(["Hà Nội", "Huế"], ("p", [50m, null]));
        var rendered = CompiledTestEngine.Render(scorer.Score(data));
        Assert.Equal(CompiledTestEngine.Render(new Interpreter(scorer.Ruleset).Score(data)), rendered);
        return rendered;
    }

    /// <summary>A new engine reports the entry with <paramref name="reason"/>, scores as before, and leaves a verified entry behind.</summary>
    public void AssertRefusedAndRecompiled(string expected, string reason)
    {
        var scorer = Engine().GetScorer(Compile.Clean(CompiledCacheTests.Text));
        Assert.Equal(CompiledOrigin.Compiled, scorer.Origin);
        var rejection = Assert.Single(scorer.CacheRejections);
        Assert.Equal(Entry, rejection.Path);
        Assert.Contains(reason, rejection.Reason, StringComparison.Ordinal);
        Assert.Equal(expected, Expected(scorer));

        var again = Engine().GetScorer(Compile.Clean(CompiledCacheTests.Text));
        Assert.Equal(CompiledOrigin.Disk, again.Origin);
        Assert.Empty(again.CacheRejections);
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            File.SetUnixFileMode(Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
