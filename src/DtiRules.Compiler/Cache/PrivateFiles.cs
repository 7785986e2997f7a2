using DtiRules.Compiler.Resources;
using Mono.Unix;
using Mono.Unix.Native;

namespace DtiRules.Compiler.Cache;

/// <summary>
/// Reads and makes the files only their owner may touch. On Unix a file is opened without
/// following a link and without blocking (a FIFO cannot hang the reader), then checked on the open
/// descriptor: a regular file, owned by the user, within the size bound; only then is it read, so
/// a device such as /dev/zero costs nothing. Windows has no FIFOs or devices at file paths and the
/// user's profile folders are private by their access lists, so there the checks are the file's
/// attributes and length.
/// </summary>
internal static class PrivateFiles
{
    private const FilePermissions OthersMayWrite = FilePermissions.S_IWGRP | FilePermissions.S_IWOTH;
    private const FilePermissions OthersMayAccess = FilePermissions.S_IRWXG | FilePermissions.S_IRWXO;
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>The mode of files written: read and write for the owner only.</summary>
    public const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates <paramref name="folder"/> private to the user when missing; null when it may be used, else why not.</summary>
    public static CacheRefusal? UsableFolder(string folder)
    {
        try
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
                return null;
            }

            Directory.CreateDirectory(folder, OwnerOnlyFolder);
            if (Syscall.stat(folder, out var status) != 0)
            {
                return new CacheRefusal(nameof(CacheText.CannotExamine), Stdlib.GetLastError());
            }

            if ((status.st_mode & FilePermissions.S_IFMT) != FilePermissions.S_IFDIR)
            {
                return new CacheRefusal(nameof(CacheText.NotAFolder));
            }

            if (status.st_uid != Syscall.geteuid())
            {
                return new CacheRefusal(nameof(CacheText.BelongsToAnotherUser));
            }

            return (status.st_mode & OthersMayWrite) != 0 ? new CacheRefusal(nameof(CacheText.FolderOthersMayWrite)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new CacheRefusal(nameof(CacheText.FolderCannotBeCreated), e.Message);
        }
    }

    /// <summary>Reads <paramref name="path"/> when it is a regular file of the user of at most <paramref name="maxBytes"/> bytes; with <paramref name="ownerOnly"/>, only when no one else may read it either.</summary>
    public static OwnedFile Read(string path, long maxBytes, bool ownerOnly = false) =>
        OperatingSystem.IsWindows() ? ReadOnWindows(path, maxBytes) : ReadOnUnix(path, maxBytes, ownerOnly);

    /// <summary>Writes <paramref name="bytes"/> to a new file beside <paramref name="path"/> readable by the owner only and renames it into place, so a reader never sees part of it.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="bytes">Its content.</param>
    /// <param name="replace">False to keep a file already at <paramref name="path"/> (another process won the race); true to replace it.</param>
    /// <returns>False when a file was there and kept.</returns>
    public static bool WriteWhole(string path, ReadOnlySpan<byte> bytes, bool replace)
    {
        var temporary = $"{path}.{Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)}.{Guid.NewGuid():N}.tmp";
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = OwnerOnlyFile;
            }

            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            if (replace)
            {
                File.Move(temporary, path, overwrite: true);
                return true;
            }

            return Publish(temporary, path);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Puts <paramref name="temporary"/> at <paramref name="path"/> unless a file is there: a hard link fails atomically when it is.</summary>
    private static bool Publish(string temporary, string path)
    {
        if (OperatingSystem.IsWindows())
        {
            try
            {
                File.Move(temporary, path, overwrite: false);
                return true;
            }
            catch (IOException) when (File.Exists(path))
            {
                return false;
            }
        }

        if (Syscall.link(temporary, path) == 0)
        {
            return true;
        }

        var error = Stdlib.GetLastError();
        return error == Errno.EEXIST ? false : throw new IOException($"Cannot create '{path}': {error}.");
    }

    private static OwnedFile ReadOnUnix(string path, long maxBytes, bool ownerOnly)
    {
        var descriptor = Syscall.open(path, OpenFlags.O_RDONLY | OpenFlags.O_NONBLOCK | OpenFlags.O_NOFOLLOW | OpenFlags.O_CLOEXEC);
        if (descriptor < 0)
        {
            return Stdlib.GetLastError() switch
            {
                Errno.ENOENT => OwnedFile.Missing,
                Errno.ELOOP => OwnedFile.Refused(new CacheRefusal(nameof(CacheText.IsSymbolicLink))),
                var error => OwnedFile.Refused(new CacheRefusal(nameof(CacheText.CannotOpen), error)),
            };
        }

        using var stream = new UnixStream(descriptor, ownsHandle: true);
        if (Syscall.fstat(descriptor, out var status) != 0)
        {
            return OwnedFile.Refused(new CacheRefusal(nameof(CacheText.CannotExamine), Stdlib.GetLastError()));
        }

        var type = status.st_mode & FilePermissions.S_IFMT;
        if (type != FilePermissions.S_IFREG)
        {
            return OwnedFile.Refused(new CacheRefusal(nameof(CacheText.NotARegularFile), new CacheRefusal(FileKind(type))));
        }

        if (status.st_uid != Syscall.geteuid())
        {
            return OwnedFile.Refused(new CacheRefusal(nameof(CacheText.BelongsToAnotherUser)));
        }

        if (ownerOnly && (status.st_mode & OthersMayAccess) != 0)
        {
            return OwnedFile.Refused(new CacheRefusal(nameof(CacheText.FileOthersMayAccess)));
        }

        if (status.st_size > maxBytes)
        {
            return OwnedFile.Refused(new CacheRefusal(nameof(CacheText.LargerThan), maxBytes));
        }

        var bytes = new byte[status.st_size];
        stream.ReadExactly(bytes);
        return OwnedFile.Read(bytes);
    }

    /// <summary>The key of the words for a kind of file that is not a regular one; any kind Unix adds later is a special file.</summary>
    private static string FileKind(FilePermissions type) => type switch
    {
        FilePermissions.S_IFDIR => nameof(CacheText.FileKind_Folder),
        FilePermissions.S_IFIFO => nameof(CacheText.FileKind_Fifo),
        FilePermissions.S_IFCHR or FilePermissions.S_IFBLK => nameof(CacheText.FileKind_Device),
        FilePermissions.S_IFSOCK => nameof(CacheText.FileKind_Socket),
        FilePermissions.S_IFLNK => nameof(CacheText.FileKind_SymbolicLink),
        _ => nameof(CacheText.FileKind_Special),
    };

    private static OwnedFile ReadOnWindows(string path, long maxBytes)
    {
        var info = new FileInfo(path);
        if (Directory.Exists(path))
        {
            return OwnedFile.Refused(new CacheRefusal(nameof(CacheText.NotARegularFile), new CacheRefusal(nameof(CacheText.FileKind_Folder))));
        }

        if (!info.Exists)
        {
            return OwnedFile.Missing;
        }

        if (info.LinkTarget is not null || (info.Attributes & (FileAttributes.ReparsePoint | FileAttributes.Device)) != 0)
        {
            return OwnedFile.Refused(new CacheRefusal(nameof(CacheText.NotARegularFile), new CacheRefusal(nameof(CacheText.FileKind_LinkOrDevice))));
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (stream.Length > maxBytes)
        {
            return OwnedFile.Refused(new CacheRefusal(nameof(CacheText.LargerThan), maxBytes));
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return OwnedFile.Read(bytes);
    }
}
