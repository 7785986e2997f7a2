using CsvHelper;

namespace DtiRules.Tests.Infrastructure;

/// <summary>
/// Reads a shipped unit list (<c>code,name,aliases,kind,parent</c>) and the unit column of a sample
/// with CsvHelper directly, apart from the product's own readers, so tests of the lists and samples
/// do not depend on the code under test.
/// </summary>
internal static class UnitListRows
{
    public sealed record Row(string Code, string Name, IReadOnlyList<string> Aliases, string Kind, string Parent);

    public static IReadOnlyList<Row> Read(string path)
    {
        var records = Records(path);
        Assert.Equal(["code", "name", "aliases", "kind", "parent"], records[0]);
        return [.. records.Skip(1).Select(r => new Row(r[0], r[1], r[2].Split(';', StringSplitOptions.RemoveEmptyEntries), r[3], r[4]))];
    }

    /// <summary>The 34 provinces' names by code, from <c>data/units/provinces-34.csv</c> (its columns found by name).</summary>
    public static IReadOnlyDictionary<string, string> ProvinceNames()
    {
        var records = Records(RepositoryPaths.Combine("data", "units", "provinces-34.csv"));
        var (code, name) = (Array.IndexOf(records[0], "code"), Array.IndexOf(records[0], "name"));
        return records.Skip(1).ToDictionary(r => r[code], r => r[name]);
    }

    /// <summary>The first column of a sample dataset: the units as the file writes them.</summary>
    public static IReadOnlyList<string> SampleUnits(string path)
    {
        var records = Records(path);
        Assert.Equal("unit", records[0][0]);
        return [.. records.Skip(1).Select(r => r[0])];
    }

    /// <summary>Every record of the file, comment lines (<c>#</c>) left out.</summary>
    private static List<string[]> Records(string path)
    {
        var options = new CsvReaderOptions { Separator = ',', HasHeader = false, CommentPrefix = '#' };
        using var reader = CsvReader.FromText(File.ReadAllText(path).TrimStart('\uFEFF'), options);
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return records;
    }
}
