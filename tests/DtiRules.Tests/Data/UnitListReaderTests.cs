using System.Text;
using CsCheck;
using DtiRules.Data;
using DtiRules.Data.Units;
using DtiRules.Language.Diagnostics;
using static DtiRules.Tests.Data.DataTestHelpers;

namespace DtiRules.Tests.Data;

public sealed class UnitListReaderTests
{
    // Synthetic communes: two Hòa Bình under different provinces, a ward and a commune of one name under one province.
    private const string Communes = """
        code,name,aliases,kind,parent
        00001,Xã Hòa Bình,,commune,66
        00002,Xã Hòa Bình,,commune,01
        00003,Phường Tân An,,commune,66
        00004,Xã Tân An,Tân An xã,commune,66
        00005,Xã Bản Lầu,,commune,10
        00006,Phường 1,,commune,79

        """;

    private static (UnitList? List, DiagnosticBag Diagnostics) ReadList(string text, string kind = "commune", string path = "units.csv") =>
        ReadList(Encoding.UTF8.GetBytes(text), kind, path);

    private static (UnitList? List, DiagnosticBag Diagnostics) ReadList(byte[] content, string kind = "commune", string path = "units.csv")
    {
        var diagnostics = new DiagnosticBag();
        return (UnitListReader.Read(content, path, kind, diagnostics), diagnostics);
    }

    private static UnitList Clean(string text, string kind = "commune")
    {
        var (list, diagnostics) = ReadList(text, kind);
        AssertNoDiagnostics(diagnostics);
        return list!;
    }

    [Fact]
    public void A_commune_list_reads_with_parents_from_the_built_in_provinces()
    {
        var list = Clean(Communes);
        Assert.Equal(["00001", "00002", "00003", "00004", "00005", "00006"], list.Units.Select(u => u.Code));
        Assert.True(list.HasParents);
        var first = list.Units[0];
        Assert.Equal(("Xã Hòa Bình", "commune", "66", "Đắk Lắk"), (first.Name, first.Kind, first.Parent!.Code, first.Parent.Name));
        Assert.Equal("Hà Nội", list.Units[1].Parent!.Name);
    }

    [Fact]
    public void A_name_shared_under_two_parents_is_refused_with_every_candidate()
    {
        var list = Clean(Communes);
        var diagnostics = new DiagnosticBag();
        Assert.Null(list.Resolve("Hòa Bình", new("data.csv", 3, 1), diagnostics));
        var diagnostic = AssertOnly(diagnostics, DataDiagnostics.AmbiguousUnit, 3, 1);
        Assert.Contains("names 2 units", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Xã Hòa Bình (00001) in Đắk Lắk (66)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Xã Hòa Bình (00002) in Hà Nội (01)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("\"Xã Hòa Bình, Đắk Lắk\"", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Xã Hòa Bình, Đắk Lắk", "00001")]
    [InlineData("Hòa Bình (Hà Nội)", "00002")]
    [InlineData("Hòa Bình, 66", "00001")]
    [InlineData("Hoa Binh (01)", "00002")]
    [InlineData("xa hoa binh, Tinh Dak Lak", "00001")]
    [InlineData("Hòa Bình, Đắc Lắk", "00001")]
    [InlineData("00002", "00002")]
    [InlineData("Xã Tân An", "00004")]
    [InlineData("Tân An xã", "00004")]
    [InlineData("Phường Tân An", "00003")]
    [InlineData("Bản Lầu", "00005")]
    [InlineData("Phường 1", "00006")]
    [InlineData("phuong 1, TP.HCM", "00006")]
    public void A_shared_name_is_accepted_with_its_parent_or_by_its_code(string written, string code)
    {
        var list = Clean(Communes);
        Assert.True(list.TryResolve(written, out var unit), $"'{written}' does not resolve");
        Assert.Equal(code, unit.Code);
    }

    [Fact]
    public void Random_spellings_of_a_commune_with_its_province_resolve_to_it()
    {
        var list = Clean(Communes);
        string Variant(string name, int form) => form switch
        {
            1 => UnitListTests.Unaccented(name),
            2 => name.Normalize(NormalizationForm.FormD).ToLowerInvariant(),
            3 => name.ToUpperInvariant(),
            _ => name,
        };
        var spelling = Gen.Select(Gen.Int[0, list.Units.Count - 1], Gen.Int[0, 3], Gen.Int[0, 5], Gen.Int[0, 3], Gen.Bool, (u, nameForm, parentForm, markForm, parens) =>
        {
            var unit = list.Units[u];
            var province = unit.Parent!;
            // Without its prefix a name is written only where it stays unique under the province (not
            // Phường/Xã Tân An) and is more than a number (Phường 1 keeps its prefix: 1 alone names nothing).
            var bare = unit.Name.Split(' ', 2)[1];
            var unique = list.Units.Count(o => o.Parent == province && o.Name.EndsWith(bare, StringComparison.Ordinal)) == 1 && !bare.All(char.IsDigit);
            var name = Variant(nameForm == 0 && unique ? bare : unit.Name, markForm);
            var parent = parentForm switch
            {
                0 => province.Code,
                1 => $"Tỉnh {province.Name}",
                2 => $"TP. {province.Name}",
                3 => UnitList.Provinces34.NamesOf(province)[^1],
                _ => Variant(province.Name, markForm),
            };
            return (Unit: unit, Written: parens ? $"{name} ({parent})" : $"{name}, {parent}");
        });
        spelling.Sample(
            c =>
            {
                Assert.True(list.TryResolve(c.Written, out var resolved), $"'{c.Written}' does not resolve");
                Assert.Equal(c.Unit, resolved);
            },
            iter: 2000);
    }

    [Theory]
    [InlineData("Tân An")]
    [InlineData("Hòa Bình, Cao Bằng")]
    [InlineData("1")]
    [InlineData("0,1")]
    [InlineData("1.1")]
    [InlineData("Hòa Bình, Atlantis")]
    public void A_name_that_names_several_units_or_none_resolves_to_none(string written)
    {
        var list = Clean(Communes);
        Assert.False(list.TryResolve(written, out var unit), $"'{written}' resolved to {unit?.Describe()}");
    }

    [Fact]
    public void An_unknown_name_suggests_the_closest_with_their_parents()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(Clean(Communes).Resolve("Xã Hòa Bìn", null, diagnostics));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DataDiagnostics.UnknownUnit.Code, diagnostic.Code);
        Assert.Contains("'Xã Hòa Bình' (Đắk Lắk, 66)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("units.csv", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parents_in_the_same_list_make_a_hierarchy_and_their_rows_are_not_scored()
    {
        const string text = """
            code,name,aliases,kind,parent
            600,Huyện Krông Pắc,,district,66
            24001,Xã Ea Yông,,commune,600
            24002,Xã Hòa An,,commune,600
            """;
        var list = Clean(text);
        Assert.Equal(["24001", "24002"], list.Units.Select(u => u.Code));
        Assert.Equal(("600", "66"), (list.Units[0].Parent!.Code, list.Units[0].Parent!.Parent!.Code));
        Assert.True(list.TryResolve("Ea Yông, Krông Pắc", out var byDistrict));
        Assert.True(list.TryResolve("Ea Yông (Đắk Lắk)", out var byProvince));
        Assert.Equal("24001", byDistrict.Code);
        Assert.Equal(byDistrict, byProvince);

        var diagnostics = new DiagnosticBag();
        Assert.Null(list.Resolve("UBND huyện Krông Pắc", new("data.csv", 2, 1), diagnostics));
        var diagnostic = AssertOnly(diagnostics, DataDiagnostics.NotOfRulesetKind, 2, 1);
        Assert.Contains("a district of the unit list, not a commune", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_codes_are_reported_at_the_second_code()
    {
        var text = Communes + "00003,Xã Mới,,commune,66\n";
        var (list, diagnostics) = ReadList(text);
        Assert.Null(list);
        var diagnostic = AssertOnly(diagnostics, DataDiagnostics.DuplicateUnitCode, LineOf(text, "Xã Mới"), 1);
        Assert.Contains("'Phường Tân An' on row 4", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_repeated_under_one_parent_is_reported_but_not_under_two()
    {
        var text = Communes + "00007,Xa Hoa Binh,,commune,66\n";
        var (list, diagnostics) = ReadList(text);
        Assert.Null(list);
        var diagnostic = AssertOnly(diagnostics, DataDiagnostics.DuplicateUnitName, LineOf(text, "Xa Hoa Binh"), 2);
        Assert.Contains("Đắk Lắk, 66", diagnostic.Message, StringComparison.Ordinal);

        var alias = Communes + "00007,Xã Mới,Xã Hòa Bình,commune,01\n";
        var (_, aliasDiagnostics) = ReadList(alias);
        AssertOnly(aliasDiagnostics, DataDiagnostics.DuplicateUnitName, LineOf(alias, "Xã Mới"), 3);
    }

    [Fact]
    public void An_unknown_parent_is_reported_with_the_code_it_may_mean()
    {
        var text = Communes + "00007,Xã Mới,,commune,Đắk Lắk\n00008,Xã Khác,,commune,99\n";
        var (list, diagnostics) = ReadList(text);
        Assert.Null(list);
        Assert.Equal(2, diagnostics.Count);
        var byName = AssertHas(diagnostics, DataDiagnostics.UnknownParent, LineOf(text, "Xã Mới"), 5);
        Assert.Contains("did you mean '66', the code of Đắk Lắk", byName.Message, StringComparison.Ordinal);
        AssertHas(diagnostics, DataDiagnostics.UnknownParent, LineOf(text, "Xã Khác"), 5);
    }

    [Fact]
    public void Parents_in_a_circle_are_reported_once()
    {
        const string text = "code,name,kind,parent\nA,Huyện A,district,B\nB,Huyện B,district,A\nC,Xã C,commune,A\n";
        var (list, diagnostics) = ReadList(text);
        Assert.Null(list);
        var diagnostic = AssertOnly(diagnostics, DataDiagnostics.ParentCycle, 3, 4);
        Assert.Contains("Huyện A (A) → Huyện B (B) → Huyện A (A)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_of_another_kind_that_is_no_parent_is_reported_at_its_kind()
    {
        var text = Communes + "SYT,Sở Y tế,,department,66\n";
        var (list, diagnostics) = ReadList(text);
        Assert.Null(list);
        var diagnostic = AssertOnly(diagnostics, DataDiagnostics.UnitOfAnotherKind, LineOf(text, "Sở Y tế"), 4);
        Assert.Contains("'Sở Y tế' is a department, but the ruleset scores commune units", diagnostic.Message, StringComparison.Ordinal);

        // A custom ruleset scores every kind.
        var custom = Clean(text, "custom");
        Assert.Equal(7, custom.Units.Count);
        Assert.True(custom.TryResolve("Y tế", out var department));
        Assert.Equal("department", department.Kind);
    }

    [Fact]
    public void An_unknown_kind_is_reported_with_a_suggestion()
    {
        var text = Communes + "00007,Xã Mới,,comune,66\n";
        var (_, diagnostics) = ReadList(text);
        var diagnostic = AssertOnly(diagnostics, DataDiagnostics.UnknownKindInList, LineOf(text, "Xã Mới"), 4);
        Assert.Contains("did you mean 'commune'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_kind_is_the_rulesets_kind_and_optional_columns_may_be_left_out()
    {
        var list = Clean("name,code\nSở Y tế,SYT\nSở Tài chính,STC\n", "department");
        Assert.Equal([("SYT", "department"), ("STC", "department")], list.Units.Select(u => (u.Code, u.Kind)));
        Assert.False(list.HasParents);
    }

    [Theory]
    [InlineData("", "no header and no rows", 0)]
    [InlineData("# only a note\n", "no header and no rows", 0)]
    [InlineData("code,name,aliases,kind,parent\n", "a header and no rows", 1)]
    public void An_empty_list_is_an_error(string text, string lacks, int line)
    {
        var (list, diagnostics) = ReadList(text);
        Assert.Null(list);
        var diagnostic = AssertOnly(diagnostics, DataDiagnostics.EmptyUnitList, line, line == 0 ? 0 : 1);
        Assert.Contains(lacks, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_with_no_unit_of_the_rulesets_kind_is_an_error()
    {
        var (list, diagnostics) = ReadList("code,name,kind\n01,Hà Nội,province\n", "commune");
        Assert.Null(list);
        Assert.Contains(diagnostics, d => d.Code == DataDiagnostics.EmptyUnitList.Code && d.Message.Contains("no commune units", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("name,aliases\nXã A,\n", "code")]
    [InlineData("code,ten\n01,Xã A\n", "name")]
    public void A_header_without_code_or_name_is_an_error(string text, string column)
    {
        var (list, diagnostics) = ReadList(text);
        Assert.Null(list);
        var diagnostic = AssertOnly(diagnostics, DataDiagnostics.UnitListColumnMissing, 1, 1);
        Assert.Contains($"'{column}'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_codes_and_names_and_stray_cells_are_reported_where_they_are()
    {
        const string text = "code,name,parent\n,Xã A,66\n00002, - ,66\n00003,Xã C, Hòa Bình,66\n00004,Xã D,66\n";
        var (list, diagnostics) = ReadList(text);
        Assert.Null(list);
        Assert.Equal(3, diagnostics.Count);
        AssertHas(diagnostics, DataDiagnostics.EmptyListCell, 2, 1);
        AssertHas(diagnostics, DataDiagnostics.EmptyListCell, 3, 2);
        AssertHas(diagnostics, DataDiagnostics.WrongCellCount, 4, 4);
    }

    [Fact]
    public void A_byte_order_mark_crlf_quoted_multi_line_cells_and_extra_columns_are_read()
    {
        const string text = "\uFEFFcode,name,population,aliases,kind,parent,note\r\n# synthetic\r\n00001,\"Xã Hòa Bình\",12000,\"Hòa Bình;\r\nHoà Bình mới\",commune,66,\"a note, with a comma\"\r\n";
        var list = Clean(text);
        var unit = Assert.Single(list.Units);
        Assert.Equal(("00001", "Xã Hòa Bình", "66"), (unit.Code, unit.Name, unit.Parent!.Code));
        Assert.Equal(["Xã Hòa Bình", "Hòa Bình", "Hoà Bình mới"], list.NamesOf(unit));
    }

    [Fact]
    public void A_workbook_list_reads_like_a_csv_one_and_a_number_code_is_refused()
    {
        var book = XlsxFixtures.Book(("Đơn vị", [
            ["code", "name", "aliases", "kind", "parent"],
            ["00001", "Xã Hòa Bình", null, "commune", "66"],
            ["00002", "Xã Hòa Bình", null, "commune", "01"],
        ]));
        var (list, diagnostics) = ReadList(book, path: "units.xlsx");
        AssertNoDiagnostics(diagnostics);
        Assert.Equal(["00001", "00002"], list!.Units.Select(u => u.Code));

        var numbers = XlsxFixtures.Book(("Đơn vị", [
            ["code", "name", "kind", "parent"],
            [1d, "Xã Hòa Bình", "commune", "66"],
            ["00002", "Xã Tân An", "commune", 66d],
        ]));
        var (refused, numberDiagnostics) = ReadList(numbers, path: "units.xlsx");
        Assert.Null(refused);
        Assert.Equal(2, numberDiagnostics.Count);
        var code = AssertHas(numberDiagnostics, DataDiagnostics.NumberCellCode, 2, 1);
        Assert.Equal("units.xlsx[Đơn vị]", code.Location!.Path);
        Assert.Contains("the number 1", code.Message, StringComparison.Ordinal);
        AssertHas(numberDiagnostics, DataDiagnostics.NumberCellCode, 3, 4);
    }

    [Fact]
    public void A_missing_file_and_another_format_are_reported_where_the_list_is_named()
    {
        var clause = new DtiRules.Language.Text.SourceLocation("rules.dti", 5, 3);
        var diagnostics = new DiagnosticBag();
        Assert.Null(UnitListReader.Read(Path.Combine(Path.GetTempPath(), "no-such-list.csv"), "commune", diagnostics, clause));
        Assert.Null(UnitListReader.Read("units.json", "commune", diagnostics, clause));
        Assert.Equal([(DataDiagnostics.CannotReadUnitList.Code, 5, 3), (DataDiagnostics.UnitListFormat.Code, 5, 3)], diagnostics.Select(d => (d.Code, d.Location!.Line, d.Location.Column)));
    }

    [Fact]
    public void The_shipped_province_lists_read_clean_as_files()
    {
        foreach (var file in new[] { "provinces-63.csv", "provinces-34.csv" })
        {
            var diagnostics = new DiagnosticBag();
            var list = UnitListReader.Read(Infrastructure.RepositoryPaths.Combine("data", "units", file), "province", diagnostics);
            AssertNoDiagnostics(diagnostics);
            Assert.Equal(file.Contains("63", StringComparison.Ordinal) ? 63 : 34, list!.Units.Count);
        }
    }
}
