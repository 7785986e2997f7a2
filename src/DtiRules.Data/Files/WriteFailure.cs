using DtiRules.Data.Resources;

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
        UnauthorizedAccessException { Message: IsFolder } => DiagnosticTexts.Phrase(nameof(DiagnosticText.Write_IsFolder)),
        DirectoryNotFoundException => DiagnosticTexts.Phrase(nameof(DiagnosticText.Write_NoFolder)),
        FileNotFoundException => DiagnosticTexts.Phrase(nameof(DiagnosticText.Write_FolderCannotHold)),
        PathTooLongException => DiagnosticTexts.Phrase(nameof(DiagnosticText.Write_PathTooLong)),
        UnauthorizedAccessException => DiagnosticTexts.Phrase(nameof(DiagnosticText.Write_AccessDenied)),
        IOException io when DiskFull.Contains(io.HResult) => DiagnosticTexts.Phrase(nameof(DiagnosticText.Write_DiskFull)),
        IOException io when ReadOnlyFileSystem.Contains(io.HResult) => DiagnosticTexts.Phrase(nameof(DiagnosticText.Write_DiskReadOnly)),
        IOException { HResult: BrokenPipe } => DiagnosticTexts.Phrase(nameof(DiagnosticText.Write_ReaderStopped)),
        ArgumentException or NotSupportedException => DiagnosticTexts.Phrase(nameof(DiagnosticText.Write_PathInvalid)),
        _ => exception.Message,
    };
}
