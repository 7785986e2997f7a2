namespace DtiRules.LanguageServer.Workspace;

/// <summary>Turns the protocol's document URIs into file paths and back.</summary>
internal static class DocumentUri
{
    /// <summary>
    /// The file path of a <c>file:</c> URI; any other URI (an unsaved buffer) is its own path and
    /// has no folder, so it extends nothing on disk.
    /// </summary>
    public static string ToPath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? Path.GetFullPath(parsed.LocalPath) : uri;

    /// <summary>The <c>file:</c> URI of a path; a path that is already a URI stays as it is.</summary>
    public static string FromPath(string path) =>
        Path.IsPathFullyQualified(path) ? new Uri(path).AbsoluteUri : path;

    /// <summary>The folder whose <c>.dti</c> files a document can extend, or null for an unsaved buffer.</summary>
    public static string? FolderOf(string path) =>
        Path.IsPathFullyQualified(path) ? Path.GetDirectoryName(path) : null;
}
