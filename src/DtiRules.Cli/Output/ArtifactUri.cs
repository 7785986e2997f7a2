using System.Text.RegularExpressions;

namespace DtiRules.Cli.Output;

/// <summary>
/// The URI SARIF wants for a path as the user typed it, on any system: Windows paths with a drive
/// letter or a server share and absolute Unix paths become <c>file:</c> URIs, relative paths stay
/// relative; either separator works, and every segment is percent-encoded (spaces, Vietnamese).
/// </summary>
internal static partial class ArtifactUri
{
    /// <summary>The URI of <paramref name="path"/>: <c>C:\Dữ liệu\a.dti</c> gives <c>file:///C:/D%E1%BB%AF%20li%E1%BB%87u/a.dti</c>.</summary>
    public static string From(string path)
    {
        var slashed = path.Replace('\\', '/');
        if (DrivePath().Match(slashed) is { Success: true } drive)
        {
            return "file:///" + drive.Groups[1].Value + ":/" + Escape(slashed[3..]);
        }

        if (slashed.StartsWith("//", StringComparison.Ordinal))
        {
            return "file://" + Escape(slashed[2..]);
        }

        return slashed.StartsWith('/') ? "file://" + Escape(slashed) : Escape(slashed);
    }

    private static string Escape(string slashed) => string.Join('/', slashed.Split('/').Select(Uri.EscapeDataString));

    [GeneratedRegex("^([A-Za-z]):/")]
    private static partial Regex DrivePath();
}
