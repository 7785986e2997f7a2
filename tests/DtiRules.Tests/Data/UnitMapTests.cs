using System.Globalization;
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
        return (UnitMap.FromText(text, "map.csv", UnitList.Provinces63, diagnostics), diagnostics);
    }

    private static string ShippedWith(Func<string[], IEnumerable<string>> edit) =>
        string.Join('\n', edit(File.ReadAllText(MergerPath).TrimEnd('\n').Split('\n'))) + "\n";

    [Fact]
    public void The_merger_maps_each_of_the_63_once_onto_all_34()
    {
        var diagnostics = new DiagnosticBag();
        var map = UnitMap.Read(MergerPath, UnitList.Provinces63, diagnostics);
        Assert.Empty(diagnostics);
        Assert.NotNull(map);
        Assert.Equal(UnitList.Provinces34.Units, map.MergedUnits);
        var constituents = map.MergedUnits.SelectMany(u => map.ConstituentsOf(u.Code)).ToList();
        Assert.Equal(UnitList.Provinces63.Units.OrderBy(u => u.Code), constituents.OrderBy(u => u.Code));
        foreach (var merged in UnitList.Provinces34.Units)
        {
            // A merged province keeps the code of the constituent whose name it keeps.
            Assert.Contains(map.ConstituentsOf(merged.Code), c => c.Code == merged.Code);
        }
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

    private const string Communes = "code,name,kind,parent\n001,Xã Hòa Bình,commune,66\n002,Xã Tân An,commune,66\n003,Xã Hòa Bình,commune,01\n";

    private static UnitList CommuneList()
    {
        var diagnostics = new DiagnosticBag();
        var list = UnitListReader.Read(System.Text.Encoding.UTF8.GetBytes(Communes), "communes.csv", "commune", diagnostics);
        Assert.Empty(diagnostics);
        return list!;
    }

    private static (UnitMap? Map, DiagnosticBag Diagnostics) ReadCommuneMap(string text)
    {
        var diagnostics = new DiagnosticBag();
        return (UnitMap.FromText(text, "map.csv", CommuneList(), diagnostics), diagnostics);
    }

    [Fact]
    public void A_commune_map_names_both_sides_by_code()
    {
        var (map, diagnostics) = ReadCommuneMap("from_code,to_code,to_name\n001,100,Xã Hòa Tân\n002,100,Xa Hoa Tan\n003,003,\n");
        Assert.Empty(diagnostics);
        Assert.Equal(["003", "100"], map!.MergedUnits.Select(u => u.Code));
        var merged = map.SuccessorOf("002");
        Assert.Equal(("100", "Xã Hòa Tân", "commune", "66"), (merged.Code, merged.Name, merged.Kind, merged.Parent!.Code));
        Assert.Equal(["001", "002"], map.ConstituentsOf("100").Select(u => u.Code));
        Assert.Equal(("Xã Hòa Bình", "01"), (map.SuccessorOf("003").Name, map.SuccessorOf("003").Parent!.Code));
    }

    [Fact]
    public void A_from_name_picks_among_units_of_one_name_by_the_code_and_is_checked_against_it()
    {
        var (map, diagnostics) = ReadCommuneMap("from_code,from_name,to_code\n001,Hòa Bình,66\n002,Tân An,66\n003,Hòa Bình,01\n");
        Assert.Empty(diagnostics);
        Assert.Equal(("66", "Đắk Lắk", "province"), (map!.SuccessorOf("001").Code, map.SuccessorOf("001").Name, map.SuccessorOf("001").Kind));

        var (wrong, wrongDiagnostics) = ReadCommuneMap("from_code,from_name,to_code\n001,Tân An,66\n002,Tân An,66\n003,Hòa Bình,01\n");
        Assert.Null(wrong);
        Assert.Equal([("DR4029", 2, 1), ("DR4030", 3, 2), ("DR4031", 0, 0)], Compile.Positions(wrongDiagnostics));
    }

    [Fact]
    public void An_empty_from_name_leaves_the_code_to_name_the_unit_and_a_row_with_neither_is_an_error()
    {
        var (map, diagnostics) = ReadCommuneMap("from_code,from_name,to_code\n001,Hòa Bình,66\n002,,66\n003, ,01\n");
        Assert.Empty(diagnostics);
        Assert.Equal(["001", "002"], map!.ConstituentsOf("66").Select(u => u.Code));
        Assert.Equal(["003"], map.ConstituentsOf("01").Select(u => u.Code));

        var (neither, neitherDiagnostics) = ReadCommuneMap("from_code,from_name,to_code\n001,Hòa Bình,66\n002,Tân An,66\n003,Hòa Bình,01\n,,01\n");
        Assert.Null(neither);
        Assert.Equal([("DR4059", 5, 1)], Compile.Positions(neitherDiagnostics));
    }

    [Fact]
    public void An_unknown_from_code_and_a_missing_to_column_are_errors()
    {
        var (unknown, unknownDiagnostics) = ReadCommuneMap("from_code,to_code\n001,66\n002,66\n009,01\n");
        Assert.Null(unknown);
        Assert.Equal([("DR4006", 4, 1), ("DR4031", 0, 0)], Compile.Positions(unknownDiagnostics));

        var (noTarget, noTargetDiagnostics) = ReadCommuneMap("from_code,from_name\n001,Hòa Bình\n");
        Assert.Null(noTarget);
        Assert.Equal([("DR4028", 1, 1)], Compile.Positions(noTargetDiagnostics));
    }

    [Fact]
    public void The_parents_map_sends_every_unit_to_its_parent_and_refuses_a_unit_without_one()
    {
        var diagnostics = new DiagnosticBag();
        var map = UnitMap.Parents(CommuneList(), diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal(["01", "66"], map!.MergedUnits.Select(u => u.Code));
        Assert.Equal(["001", "002"], map.ConstituentsOf("66").Select(u => u.Code));

        Assert.Null(UnitMap.Parents(UnitList.Provinces63, diagnostics));
        var nothing = Assert.Single(diagnostics);
        Assert.Equal(("DR4076", null), (nothing.Code, nothing.Location));
        Assert.Contains("the built-in list of province units", nothing.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("data/units", nothing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Units_without_a_parent_among_units_with_one_are_reported_once_with_a_count()
    {
        var rows = string.Concat(Enumerable.Range(1, 12).Select(i => string.Create(CultureInfo.InvariantCulture, $"9{i:00},Xã Mồ Côi {i},commune,\n")));
        var diagnostics = new DiagnosticBag();
        var list = UnitListReader.Read(System.Text.Encoding.UTF8.GetBytes("code,name,kind,parent\n001,Xã Hòa Bình,commune,66\n" + rows), "orphans.csv", "commune", diagnostics);
        Assert.Empty(diagnostics);

        Assert.Null(UnitMap.Parents(list!, diagnostics));
        var orphans = Assert.Single(diagnostics);
        Assert.Equal("DR4064", orphans.Code);
        Assert.StartsWith("12 of the 13 units of orphans.csv have no parent", orphans.Message, StringComparison.Ordinal);
        Assert.Contains("and 4 more", orphans.Message, StringComparison.Ordinal);
    }
}
