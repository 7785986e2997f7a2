using System.Text;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;

namespace DtiRules.Data.Files;

/// <summary>
/// Every file DtiRules writes goes through here: the content is written to a temporary file in the
/// target's folder, flushed to disk, and renamed over the target only when complete, so a crash,
/// a kill or a full disk leaves the old file (or none), never a truncated one. A device or a pipe
/// (<c>/dev/stdout</c>) is written in place. Failures of the file system are reported as
/// <see cref="DataDiagnostics.CannotWriteFile"/> with the path as given, never thrown.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes text to <paramref name="path"/> in UTF-8 without a byte order mark, lines ending in
    /// <c>\n</c>; false, with the reason reported, when the file could not be written.
    /// </summary>
    public static bool TryWriteText(string path, Action<TextWriter> write, DiagnosticBag diagnostics) =>
        TryWrite(
            path,
            stream =>
            {
                using var writer = new StreamWriter(stream, Utf8, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
                write(writer);
            },
            diagnostics);

    /// <summary>
    /// Writes the bytes <paramref name="write"/> puts in a stream to <paramref name="path"/>; false,
    /// with the reason reported, when the file could not be written. An exception
    /// <paramref name="write"/> throws for another reason leaves the target untouched and is thrown on.
    /// </summary>
    public static bool TryWrite(string path, Action<Stream> write, DiagnosticBag diagnostics)
    {
        try
        {
            Write(path, write);
            return true;
        }
        catch (Exception exception) when (WriteFailure.IsFileSystem(exception))
        {
            diagnostics.Report(DataDiagnostics.CannotWriteFile, SourceLocation.File(path), path, WriteFailure.Describe(exception));
            return false;
        }
    }

    /// <summary>
    /// Writes to an already open writer such as standard output, flushed at the end; false, with the
    /// reason reported under <paramref name="name"/>, when it cannot take the text (a full disk, a closed pipe).
    /// </summary>
    public static bool TryWriteTo(TextWriter writer, string name, Action<TextWriter> write, DiagnosticBag diagnostics)
    {
        try
        {
            write(writer);
            writer.Flush();
            return true;
        }
        catch (Exception exception) when (WriteFailure.IsFileSystem(exception))
        {
            diagnostics.Report(DataDiagnostics.CannotWriteFile, null, name, WriteFailure.Describe(exception));
            return false;
        }
    }

    private static void Write(string path, Action<Stream> write)
    {
        switch (FileKinds.Of(path))
        {
            case FileKind.Folder:
                throw new UnauthorizedAccessException(WriteFailure.IsFolder);
            case FileKind.Special:
                using (var device = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
                {
                    write(device);
                    device.Flush();
                }

                return;
            case FileKind.Missing:
                Replace(path, write);
                return;
            case FileKind.RegularFile:
                Replace(FinalTarget(path), write);
                return;
            default:
                throw new InvalidOperationException($"Unknown kind of file at '{path}'.");
        }
    }

    private static void Replace(string target, Action<Stream> write)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            KeepMode(target, temporary);
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            // Gone after the rename; left behind only when something failed.
            TryDelete(temporary);
        }
    }

    /// <summary>A file replaced keeps who may read and write it.</summary>
    private static void KeepMode(string target, string temporary)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(target))
        {
            File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
        }
    }

    /// <summary>The file a link points to, through every link, so the link stays and its target is replaced.</summary>
    private static string FinalTarget(string path)
    {
        var info = new FileInfo(path);
        return info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } final ? final.FullName : path;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (WriteFailure.IsFileSystem(exception))
        {
            // Nothing more can be done; the temporary name says what it is.
        }
    }
}
