using System.Text;
using DtiRules.Data;
using DtiRules.Data.Files;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Tests.Files;

public sealed class AtomicFileTests : IDisposable
{
    private static readonly byte[] Original = Encoding.UTF8.GetBytes("ruleset r edition 2022 {}\n");

    private readonly string _folder = Directory.CreateTempSubdirectory("dti-atomic-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Existing(string name)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, Original);
        return path;
    }

    /// <summary>Writes some bytes, then stops as a killed process or a crash would.</summary>
    private static void Interrupted(Stream stream, Exception failure)
    {
        stream.Write(new byte[100_000]);
        stream.Flush();
        throw failure;
    }

    [Fact]
    public void A_write_that_dies_midway_leaves_the_old_file_and_no_temporary_file()
    {
        var path = Existing("result.csv");

        var thrown = Assert.Throws<InvalidOperationException>(() =>
            AtomicFile.TryWrite(path, stream => Interrupted(stream, new InvalidOperationException("killed")), new DiagnosticBag()));

        Assert.Equal("killed", thrown.Message);
        Assert.Equal(Original, File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_new_file_that_dies_midway_does_not_appear_under_its_name()
    {
        var path = Path.Combine(_folder, "new.csv");

        Assert.Throws<InvalidOperationException>(() =>
            AtomicFile.TryWrite(path, stream => Interrupted(stream, new InvalidOperationException("killed")), new DiagnosticBag()));

        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_disk_that_fills_midway_is_reported_and_the_old_file_stays_whole()
    {
        var path = Existing("2022.dti");
        var diagnostics = new DiagnosticBag();

        var written = AtomicFile.TryWrite(path, stream => Interrupted(stream, new IOException("No space left on device", 28)), diagnostics);

        Assert.False(written);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DataDiagnostics.CannotWriteFile, diagnostic.Descriptor);
        Assert.Contains($"'{path}': the disk is full", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(Original, File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_complete_write_replaces_the_file_and_keeps_its_permissions()
    {
        var path = Existing("result.csv");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        Assert.True(AtomicFile.TryWriteText(path, writer => writer.WriteLine("rank,unit"), new DiagnosticBag()));

        Assert.Equal("rank,unit\n", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void A_link_stays_a_link_and_the_file_it_names_is_replaced()
    {
        var target = Existing("target.csv");
        var link = Path.Combine(_folder, "link.csv");
        File.CreateSymbolicLink(link, target);

        Assert.True(AtomicFile.TryWriteText(link, writer => writer.Write("new"), new DiagnosticBag()));

        Assert.Equal(target, new FileInfo(link).ResolveLinkTarget(returnFinalTarget: true)!.FullName);
        Assert.Equal("new", File.ReadAllText(target));
    }

    public static TheoryData<string, string> Unwritable()
    {
        var data = new TheoryData<string, string>
        {
            { Path.Combine(Path.GetTempPath(), "dti-no-such-folder-" + Guid.NewGuid().ToString("N"), "out.csv"), "its folder does not exist" },
            { Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar), "it is a folder" },
        };
        if (OperatingSystem.IsLinux())
        {
            data.Add("/proc/dti-out.csv", "its folder cannot hold files");
            data.Add("/dev/full", "the disk is full");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Unwritable))]
    public void A_path_that_cannot_be_written_is_a_diagnostic_with_the_path(string path, string reason)
    {
        var diagnostics = new DiagnosticBag();

        Assert.False(AtomicFile.TryWriteText(path, writer => writer.Write("x"), diagnostics));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("DR4068", diagnostic.Code);
        Assert.True(diagnostic.Descriptor.IsInputOutput);
        Assert.Equal(path, diagnostic.Location!.Path);
        Assert.Contains($"Cannot write '{path}': {reason};", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_only_folder_is_a_diagnostic()
    {
        // Permissions do not bind the superuser (CI runs as root); a read-only file system does.
        var readOnly = Path.Combine(_folder, "locked");
        Directory.CreateDirectory(readOnly);
        var path = Environment.UserName == "root" && OperatingSystem.IsLinux() ? "/sys/dti-out.csv" : Path.Combine(readOnly, "out.csv");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }

        var diagnostics = new DiagnosticBag();
        var written = AtomicFile.TryWriteText(path, writer => writer.Write("x"), diagnostics);

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Assert.False(written);
        Assert.Contains("access is denied", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Paths_written_differently_name_the_same_file()
    {
        var path = Existing("data.csv");
        var link = Path.Combine(_folder, "alias.csv");
        File.CreateSymbolicLink(link, path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);

        Assert.True(FileIdentity.Same(path, relative));
        Assert.True(FileIdentity.Same(path, Path.Combine(_folder, ".", "data.csv")));
        Assert.True(FileIdentity.Same(link, path));
        Assert.False(FileIdentity.Same(path, Path.Combine(_folder, "other.csv")));
    }
}
