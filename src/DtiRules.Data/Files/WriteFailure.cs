namespace DtiRules.Data.Files;

/// <summary>Which exceptions are failures of the file system, and how to say what went wrong without naming another path.</summary>
internal static class WriteFailure
{
    /// <summary>The reason given when the target is a folder.</summary>
    public const string IsFolder = "it is a folder";

    // errno ENOSPC and EDQUOT on Linux and macOS, and Windows' ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL as HRESULTs.
    private static readonly int[] DiskFull = [28, 122, 69, unchecked((int)0x80070070), unchecked((int)0x80070027)];

    // errno EPIPE on Linux and macOS.
    private const int BrokenPipe = 32;

    // errno EROFS on Linux and macOS.
    private static readonly int[] ReadOnlyFileSystem = [30];

    /// <summary>True for what the operating system reports about files, paths and disks.</summary>
    public static bool IsFileSystem(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException;

    /// <summary>The reason in words.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        UnauthorizedAccessException { Message: IsFolder } => IsFolder,
        DirectoryNotFoundException => "its folder does not exist",
        FileNotFoundException => "its folder cannot hold files",
        PathTooLongException => "the path is too long",
        UnauthorizedAccessException => "access is denied (the folder or file is read-only, or belongs to someone else)",
        IOException io when DiskFull.Contains(io.HResult) => "the disk is full",
        IOException io when ReadOnlyFileSystem.Contains(io.HResult) => "the disk is read-only",
        IOException { HResult: BrokenPipe } => "the program reading it has stopped",
        ArgumentException or NotSupportedException => "the path is not valid",
        _ => exception.Message,
    };
}
