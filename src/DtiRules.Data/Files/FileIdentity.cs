namespace DtiRules.Data.Files;

/// <summary>Whether two paths name the same file, however they are written (relative, through links, in another case where the file system ignores case).</summary>
public static class FileIdentity
{
    /// <summary>True when <paramref name="first"/> and <paramref name="second"/> name one file.</summary>
    public static bool Same(string first, string second)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return string.Equals(Resolved(first), Resolved(second), comparison);
    }

    private static string Resolved(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            var info = new FileInfo(full);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                return target.FullName;
            }

            // A link among the folders: compare the real folder with the name.
            var folder = Path.GetDirectoryName(full);
            return folder is not null && Directory.Exists(folder)
                ? Path.Combine(RealFolder(folder), Path.GetFileName(full))
                : full;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return path;
        }
    }

    private static string RealFolder(string folder)
    {
        var info = new DirectoryInfo(folder);
        if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
        {
            return target.FullName;
        }

        return info.Parent is { } parent ? Path.Combine(RealFolder(parent.FullName), info.Name) : info.FullName;
    }
}
