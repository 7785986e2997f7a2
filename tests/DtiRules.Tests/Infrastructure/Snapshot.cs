using System.Text;

namespace DtiRules.Tests.Infrastructure;

/// <summary>
/// Golden-file snapshots for text outputs. A mismatch writes <c>name.actual.ext</c> beside the
/// snapshot and fails; setting DTIRULES_UPDATE_SNAPSHOTS=1 accepts the new text instead. CI never
/// sets it, so a missing or changed snapshot always fails there.
/// </summary>
internal static class Snapshot
{
    public static bool Updating => Environment.GetEnvironmentVariable("DTIRULES_UPDATE_SNAPSHOTS") == "1";

    public static void Match(string actual, string snapshotPath)
    {
        actual = Normalize(actual);
        var actualPath = Path.ChangeExtension(snapshotPath, ".actual" + Path.GetExtension(snapshotPath));
        if (Updating)
        {
            File.WriteAllText(snapshotPath, actual, new UTF8Encoding(false));
            File.Delete(actualPath);
            return;
        }

        if (!File.Exists(snapshotPath))
        {
            File.WriteAllText(actualPath, actual, new UTF8Encoding(false));
            Assert.Fail($"No snapshot at {snapshotPath}. Review {actualPath}; accept it with DTIRULES_UPDATE_SNAPSHOTS=1.");
        }

        var expected = Normalize(File.ReadAllText(snapshotPath));
        if (expected != actual)
        {
            File.WriteAllText(actualPath, actual, new UTF8Encoding(false));
            Assert.Fail($"Snapshot {snapshotPath} differs; actual written to {actualPath}.\n{FirstDifference(expected, actual)}");
        }

        File.Delete(actualPath);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end>";
            var right = i < a.Length ? a[i] : "<end>";
            if (left != right)
            {
                return $"line {i + 1}:\n  expected: {left}\n  actual:   {right}";
            }
        }

        return string.Empty;
    }
}
