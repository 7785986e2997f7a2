using DtiRules.Data.Units;
using DtiRules.Language.Diagnostics;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Data;

public sealed class UnitMapTests
{
    private static readonly string MergerPath = RepositoryPaths.Combine("data", "units", "merger-2025.csv");

    private static (UnitMap? Map, DiagnosticBag Diagnostics) Read(string text)
    {
        var diagnostics = new DiagnosticBag();
        return (UnitMap.FromText(text, "map.csv", diagnostics), diagnostics);
    }

    private static string ShippedWith(Func<string[], IEnumerable<string>> edit) =>
        string.Join('\n', edit(File.ReadAllText(MergerPath).TrimEnd('\n').Split('\n'))) + "\n";

    [Fact]
    public void The_merger_maps_each_of_the_63_once_onto_all_34()
    {
        var diagnostics = new DiagnosticBag();
        var map = UnitMap.Read(MergerPath, diagnostics);
        Assert.Empty(diagnostics);
        Assert.NotNull(map);
        Assert.Equal(UnitRegistry.Provinces34.Units, map.MergedUnits);
        var constituents = map.MergedUnits.SelectMany(u => map.ConstituentsOf(u.Code)).ToList();
        Assert.Equal(UnitRegistry.Provinces63.Units.OrderBy(u => u.Code), constituents.OrderBy(u => u.Code));
        Assert.All(UnitRegistry.Provinces63.Units, u => Assert.Equal(u.Successor, map.SuccessorOf(u.Code).Name));
    }

    [Fact]
    public void A_name_typed_in_a_legacy_font_is_reported_where_it_is_written()
    {
        var (map, diagnostics) = Read(ShippedWith(lines => lines.Select(l => l.Replace(",Bắc Giang,Bắc Ninh", ",B¾c Giang,Bắc Ninh", StringComparison.Ordinal))));
        Assert.Null(map);
        var line = File.ReadAllLines(MergerPath).ToList().FindIndex(l => l.Contains("Bắc Giang", StringComparison.Ordinal)) + 1;
        Assert.Equal([("DR4039", line, 2)], Compile.Positions(diagnostics.Where(d => d.Code == "DR4039")));
        Assert.DoesNotContain(diagnostics, d => d.Code == "DR4006");
    }

    [Fact]
    public void An_unknown_name_is_reported_where_it_is_written()
    {
        var (map, diagnostics) = Read(ShippedWith(lines => lines.Select(l => l.Replace(",Bắc Giang,Bắc Ninh", ",Bac Giangg,Bắc Ninhh", StringComparison.Ordinal))));
        Assert.Null(map);
        var line = File.ReadAllLines(MergerPath).ToList().FindIndex(l => l.Contains("Bắc Giang", StringComparison.Ordinal)) + 1;
        Assert.Equal([("DR4006", line, 2), ("DR4006", line, 3)], Compile.Positions(diagnostics.Where(d => d.Code == "DR4006")));
        Assert.Contains(diagnostics, d => d.Code == "DR4031" && d.Message.Contains("Bắc Giang", StringComparison.Ordinal));
    }

    [Fact]
    public void A_repeated_unit_a_wrong_code_and_a_missing_column_are_errors()
    {
        var (repeated, repeatedDiagnostics) = Read(ShippedWith(lines => [.. lines, "01,Ha Noi,Hà Nội"]));
        Assert.Null(repeated);
        Assert.Equal([("DR4030", 65, 2)], Compile.Positions(repeatedDiagnostics));

        var (wrongCode, codeDiagnostics) = Read(ShippedWith(lines => lines.Select(l => l.StartsWith("04,", StringComparison.Ordinal) ? "40" + l[2..] : l)));
        Assert.Null(wrongCode);
        Assert.Equal("DR4029", Assert.Single(codeDiagnostics).Code);

        var (noColumn, columnDiagnostics) = Read("from_code,from_name\n01,Hà Nội\n");
        Assert.Null(noColumn);
        Assert.Equal([("DR4028", 1, 1)], Compile.Positions(columnDiagnostics));
    }

    [Fact]
    public void A_missing_unit_is_named()
    {
        var (map, diagnostics) = Read(ShippedWith(lines => lines.Where(l => !l.Contains("Cà Mau", StringComparison.Ordinal))));
        Assert.Null(map);
        var missing = Assert.Single(diagnostics);
        Assert.Equal("DR4031", missing.Code);
        Assert.Contains("Cà Mau", missing.Message, StringComparison.Ordinal);
    }
}
