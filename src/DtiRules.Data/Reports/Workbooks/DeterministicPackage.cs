using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace DtiRules.Data.Reports.Workbooks;

/// <summary>
/// Rewrites an Open XML package so the same workbook always has the same bytes: the random
/// relationship ids MiniExcel writes (<c>R</c> + 32 hex digits) become <c>rId1</c>, <c>rId2</c>, …
/// in order of first use, and every entry gets one fixed timestamp.
/// </summary>
internal static partial class DeterministicPackage
{
    /// <summary>The time every entry carries (ZIP cannot store dates before 1980).</summary>
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [GeneratedRegex("\"R[0-9a-f]{32}\"")]
    private static partial Regex RandomId();

    /// <summary>
    /// Copies the package in <paramref name="source"/> to <paramref name="target"/> with stable ids and
    /// times, each entry's text first passed through <paramref name="rewrite"/> (entry name, text).
    /// </summary>
    public static void Copy(Stream source, Stream target, Func<string, string, string> rewrite)
    {
        using var input = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        var entries = input.Entries.Select(e => (e.FullName, Text: Read(e))).ToList();
        // Styles first, so a sheet's rewrite knows the styles; the written order of entries is kept.
        var rewritten = entries.OrderBy(e => e.FullName == "xl/styles.xml" ? 0 : 1)
            .Select(e => (e.FullName, Text: rewrite(e.FullName, e.Text)))
            .ToDictionary(e => e.FullName, e => e.Text, StringComparer.Ordinal);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        using var output = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var name in entries.Select(e => e.FullName))
        {
            var text = rewritten[name];
            var stable = RandomId().Replace(text, m => ids.TryGetValue(m.Value, out var id) ? id : ids[m.Value] = $"\"rId{ids.Count + 1}\"");
            var entry = output.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = EntryTime;
            // Entries are XML read without BOM detection, so a byte order mark is kept as a character and written back as it was.
            using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(stable);
        }
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        return reader.ReadToEnd();
    }
}
