using System.Globalization;
using System.Runtime.Versioning;
using DtiRules.Compiler;
using DtiRules.Language.Localization;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Compiler;

/// <summary>The disk cache refuses whatever it did not write and sign itself, compiles again, and never loads, hangs or runs out of memory on it.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class CacheTamperingTests
{
    private const string Text = CompiledCacheTests.Text;

    [Fact]
    public void A_compiled_ruleset_is_written_once_signed_and_reused_by_a_later_engine()
    {
        using var cache = new CacheFolders();
        var ruleset = Compile.Clean(Text);
        var first = cache.Engine();
        Assert.False(first.IsCached(ruleset));
        var scorer = first.GetScorer(ruleset);
        Assert.Equal(CompiledOrigin.Compiled, scorer.Origin);
        Assert.Empty(scorer.CacheRejections);
        var entry = Assert.Single(Directory.GetFiles(cache.Folder));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(entry));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(cache.Folder));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(cache.KeyFile));
        Assert.Equal(32, new FileInfo(cache.KeyFile).Length);

        var later = cache.Engine();
        Assert.True(later.IsCached(Compile.Clean("// the same ruleset, written differently\n" + Text.Replace("  ", " ", StringComparison.Ordinal))));
        var reused = later.GetScorer(ruleset);
        Assert.Equal(CompiledOrigin.Disk, reused.Origin);
        Assert.Equal(cache.Expected(scorer), cache.Expected(reused));
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(200)]
    [InlineData(-1)]
    public void A_flipped_byte_anywhere_in_an_entry_is_refused_and_compiled_again(int offset)
    {
        using var cache = new CacheFolders();
        var expected = cache.CompileOnce(Text);
        var bytes = File.ReadAllBytes(cache.Entry);
        var at = offset < 0 ? bytes.Length - 1 : offset;
        bytes[at] ^= 0x01;
        File.WriteAllBytes(cache.Entry, bytes);

        cache.AssertRefusedAndRecompiled(expected, "signature does not match");
    }

    [Fact]
    public void A_planted_assembly_that_passes_the_code_audit_is_refused_by_its_signature()
    {
        using var cache = new CacheFolders();
        var expected = cache.CompileOnce(Text);

        // A well-formed image of the engine's own code for another ruleset, with a tag made without the key.
        var other = cache.Engine();
        other.GetScorer(Compile.Clean(Text.Replace("p / 10", "p / 5", StringComparison.Ordinal)));
        var foreignEntry = Directory.GetFiles(cache.Folder).Single(f => f != cache.Entry);
        var image = File.ReadAllBytes(foreignEntry)[32..];
        File.WriteAllBytes(cache.Entry, [.. System.Security.Cryptography.SHA256.HashData(image), .. image]);
        cache.AssertRefusedAndRecompiled(expected, "signature does not match");

        File.WriteAllBytes(cache.Entry, [.. new byte[32], .. CompiledCacheTests.ForeignImage()]);
        cache.AssertRefusedAndRecompiled(expected, "signature does not match");
    }

    [Fact]
    public void Two_swapped_entries_are_both_refused()
    {
        using var cache = new CacheFolders();
        var expected = cache.CompileOnce(Text);
        var otherText = Text.Replace("p / 10", "p / 5", StringComparison.Ordinal);
        var otherExpected = cache.CompileOnce(otherText);
        var otherEntry = Directory.GetFiles(cache.Folder).Single(f => f != cache.Entry);
        var (mine, theirs) = (File.ReadAllBytes(cache.Entry), File.ReadAllBytes(otherEntry));
        File.WriteAllBytes(cache.Entry, theirs);
        File.WriteAllBytes(otherEntry, mine);

        cache.AssertRefusedAndRecompiled(expected, "signature does not match");
        var other = cache.Engine().GetScorer(Compile.Clean(otherText));
        Assert.Contains("signature does not match", Assert.Single(other.CacheRejections).Reason, StringComparison.Ordinal);
        Assert.Equal(otherExpected, cache.Expected(other));
    }

    [Fact]
    public void A_truncated_or_empty_entry_is_refused()
    {
        using var cache = new CacheFolders();
        var expected = cache.CompileOnce(Text);
        var bytes = File.ReadAllBytes(cache.Entry);
        File.WriteAllBytes(cache.Entry, bytes[..(bytes.Length / 2)]);
        cache.AssertRefusedAndRecompiled(expected, "signature does not match");

        File.WriteAllBytes(cache.Entry, []);
        cache.AssertRefusedAndRecompiled(expected, "truncated");
    }

    [Fact]
    public void A_symbolic_link_at_the_entry_is_not_followed_even_to_an_endless_device()
    {
        using var cache = new CacheFolders();
        var expected = cache.CompileOnce(Text);
        File.Delete(cache.Entry);
        File.CreateSymbolicLink(cache.Entry, "/dev/zero");

        cache.AssertRefusedAndRecompiled(expected, "symbolic link");
    }

    [Fact]
    public async Task A_fifo_at_the_entry_is_refused_without_waiting_for_a_writer()
    {
        using var cache = new CacheFolders();
        var expected = cache.CompileOnce(Text);
        File.Delete(cache.Entry);
        Assert.Equal(0, Mono.Unix.Native.Syscall.mkfifo(cache.Entry, Mono.Unix.Native.FilePermissions.S_IRUSR | Mono.Unix.Native.FilePermissions.S_IWUSR));

        // A reader that opened the FIFO would block here until a writer came, which none does.
        var scorer = await Task.Run(() => cache.Engine().GetScorer(Compile.Clean(Text))).WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Contains("FIFO", Assert.Single(scorer.CacheRejections).Reason, StringComparison.Ordinal);
        Assert.Equal(expected, cache.Expected(scorer));
    }

    [Fact]
    public void A_folder_at_the_entry_is_refused()
    {
        using var cache = new CacheFolders();
        var expected = cache.CompileOnce(Text);
        File.Delete(cache.Entry);
        Directory.CreateDirectory(cache.Entry);

        var scorer = cache.Engine().GetScorer(Compile.Clean(Text));
        Assert.Contains("a folder", Assert.Single(scorer.CacheRejections).Reason, StringComparison.Ordinal);
        Assert.Equal(expected, cache.Expected(scorer));
    }

    [Fact]
    public void A_rejection_is_read_in_the_language_of_its_reader_the_kind_of_file_too()
    {
        using var cache = new CacheFolders();
        cache.CompileOnce(Text);
        File.Delete(cache.Entry);
        Directory.CreateDirectory(cache.Entry);
        var rejection = Assert.Single(cache.Engine().GetScorer(Compile.Clean(Text)).CacheRejections);

        string ReadIn(DisplayLanguage language)
        {
            using var scope = DisplaySettings.Use(new DisplaySettings(language, DecimalMark.Point));
            return rejection.Reason;
        }

        var vietnamese = string.Format(CultureInfo.InvariantCulture, CacheResx("NotARegularFile", vietnamese: true), CacheResx("FileKind_Folder", vietnamese: true));
        var english = string.Format(CultureInfo.InvariantCulture, CacheResx("NotARegularFile", vietnamese: false), CacheResx("FileKind_Folder", vietnamese: false));
        Assert.Equal(english, ReadIn(DisplayLanguage.English));
        Assert.Equal(vietnamese, ReadIn(DisplayLanguage.Vietnamese));
        Assert.NotEqual(english, vietnamese);
        Assert.Empty(DtiRules.Tests.Localization.PseudoLocale.UntranslatedLines(ReadIn(DisplayLanguage.Pseudo), []));
    }

    private static string CacheResx(string key, bool vietnamese) =>
        System.Xml.Linq.XDocument.Load(RepositoryPaths.Combine("src", "DtiRules.Compiler", "Resources", vietnamese ? "CacheText.vi.resx" : "CacheText.resx"))
            .Root!.Elements("data").Single(d => (string?)d.Attribute("name") == key).Element("value")!.Value;

    [Fact]
    public void An_entry_past_the_size_bound_is_not_read()
    {
        using var cache = new CacheFolders();
        var expected = cache.CompileOnce(Text);
        using (var stream = File.OpenWrite(cache.Entry))
        {
            stream.SetLength(DtiRules.Compiler.Cache.ImageCache.MaxImageBytes + 33);
        }

        cache.AssertRefusedAndRecompiled(expected, "larger than");
    }

    [Fact]
    public void A_cache_folder_others_may_write_to_is_not_used()
    {
        using var cache = new CacheFolders();
        Directory.CreateDirectory(cache.Folder);
        File.SetUnixFileMode(cache.Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute | UnixFileMode.OtherRead);

        var scorer = cache.Engine().GetScorer(Compile.Clean(Text));
        var rejection = Assert.Single(scorer.CacheRejections);
        Assert.Equal(cache.Folder, rejection.Path);
        Assert.Contains("other users may write", rejection.Reason, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(cache.Folder));
    }

    [Fact]
    public void A_cache_folder_of_another_user_is_not_used()
    {
        using var cache = new CacheFolders();
        Directory.CreateDirectory(cache.Folder);
        if (Mono.Unix.Native.Syscall.chown(cache.Folder, 4242, 4242) != 0)
        {
            // Only a superuser can give a folder away; an ordinary user cannot make this case.
            Assert.NotEqual(0u, Mono.Unix.Native.Syscall.geteuid());
            return;
        }

        var scorer = cache.Engine().GetScorer(Compile.Clean(Text));
        Assert.Contains("belongs to another user", Assert.Single(scorer.CacheRejections).Reason, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(cache.Folder));
    }

    [Fact]
    public void A_signing_key_others_may_read_or_kept_in_the_cache_folder_is_not_used()
    {
        using var cache = new CacheFolders();
        cache.CompileOnce(Text);
        File.SetUnixFileMode(cache.KeyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var scorer = cache.Engine().GetScorer(Compile.Clean(Text));
        Assert.Equal(CompiledOrigin.Compiled, scorer.Origin);
        Assert.Equal(cache.KeyFile, Assert.Single(scorer.CacheRejections).Path);

        var inside = new CompiledEngine(new CompiledEngineOptions(cache.Folder, Path.Combine(cache.Folder, "cache.key"))).GetScorer(Compile.Clean(Text));
        Assert.Contains("must not lie in the cache folder", Assert.Single(inside.CacheRejections).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Concurrent_compilers_share_one_key_and_every_entry_they_leave_verifies()
    {
        using var cache = new CacheFolders();
        var rulesets = Enumerable.Range(0, 4).Select(i => Text.Replace("p / 10", $"p / {i + 2}", StringComparison.Ordinal)).ToList();
        var scorers = Enumerable.Range(0, 12)
            .AsParallel().WithDegreeOfParallelism(12)
            .Select(i => cache.Engine().GetScorer(Compile.Clean(rulesets[i % rulesets.Count])))
            .ToList();
        Assert.All(scorers, s => Assert.Empty(s.CacheRejections));
        Assert.Equal(rulesets.Count, Directory.GetFiles(cache.Folder, "*.dtic").Length);
        Assert.Empty(Directory.GetFiles(cache.Folder, "*.tmp"));

        var reread = rulesets.Select(text => cache.Engine().GetScorer(Compile.Clean(text))).ToList();
        Assert.All(reread, s => Assert.Equal(CompiledOrigin.Disk, s.Origin));
    }

    [Fact]
    public async Task The_command_line_reports_a_planted_fifo_as_DR4120_scores_as_before_and_exits_0()
    {
        using var cache = new CacheFolders();
        var arguments = new[] { "score", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--engine", "compiled" };
        var (firstCode, expected, firstError) = await RunDti(cache, arguments);
        Assert.True(firstCode == 0, firstError);
        Assert.DoesNotContain("DR4120", firstError, StringComparison.Ordinal);
        var entry = Assert.Single(Directory.GetFiles(cache.Folder));
        File.Delete(entry);
        Assert.Equal(0, Mono.Unix.Native.Syscall.mkfifo(entry, Mono.Unix.Native.FilePermissions.S_IRUSR | Mono.Unix.Native.FilePermissions.S_IWUSR));

        var (code, output, error) = await RunDti(cache, arguments);
        Assert.True(code == 0, error);
        Assert.Contains("warning DR4120", error, StringComparison.Ordinal);
        Assert.Contains("a FIFO", error, StringComparison.Ordinal);
        Assert.Equal(expected, output);
    }

    /// <summary>Runs <c>dti</c> as its own process with the cache of <paramref name="cache"/>, as a user would.</summary>
    private static Task<(int ExitCode, string Out, string Error)> RunDti(CacheFolders cache, string[] arguments) =>
        DtiProcess.Run(arguments, new Dictionary<string, string?>
        {
            [CompiledEngineOptions.NoDiskCacheVariable] = null,
            [CompiledEngineOptions.CacheDirectoryVariable] = cache.Folder,
            [CompiledEngineOptions.KeyFileVariable] = cache.KeyFile,
        });
}
