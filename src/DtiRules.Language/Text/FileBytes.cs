using DtiRules.Language.Resources;

namespace DtiRules.Language.Text;

/// <summary>
/// Reads a whole file for the readers of rulesets, datasets and unit maps, and says why it could
/// not in words that name no path: the diagnostic shows the path as the user typed it, while the
/// system's own messages show it resolved against the current folder.
/// </summary>
public static class FileBytes
{
    // Windows' ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION, as HRESULTs: Excel holds the file open.
    private const int SharingViolation = unchecked((int)0x80070020);
    private const int LockViolation = unchecked((int)0x80070021);

    /// <summary>The file's bytes, or null with <paramref name="reason"/> saying why they could not be read.</summary>
    public static byte[]? TryRead(string path, out string reason)
    {
        reason = string.Empty;
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            reason = Describe(exception);
            return null;
        }
    }

    private static string Describe(Exception exception) => exception switch
    {
        FileNotFoundException => DiagnosticTexts.Phrase(nameof(DiagnosticText.Read_NoFile)),
        DirectoryNotFoundException => DiagnosticTexts.Phrase(nameof(DiagnosticText.Read_NoFolder)),
        PathTooLongException => DiagnosticTexts.Phrase(nameof(DiagnosticText.Read_PathTooLong)),
        UnauthorizedAccessException => DiagnosticTexts.Phrase(nameof(DiagnosticText.Read_AccessDenied)),
        IOException { HResult: SharingViolation or LockViolation } => DiagnosticTexts.Phrase(nameof(DiagnosticText.Read_Locked)),
        ArgumentException or NotSupportedException => DiagnosticTexts.Phrase(nameof(DiagnosticText.Read_PathInvalid)),
        _ => exception.Message,
    };
}
