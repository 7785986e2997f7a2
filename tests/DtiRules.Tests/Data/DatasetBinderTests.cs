using DtiRules.Data.Binding;
using DtiRules.Data.Units;
using DtiRules.Data;
using DtiRules.Language.Builtins;
using DtiRules.Language.Diagnostics;
using DtiRules.Scoring;
using static DtiRules.Tests.Data.DataTestHelpers;

namespace DtiRules.Tests.Data;

public sealed class DatasetBinderTests
{
    private static (ScoringData? Data, DiagnosticBag Diagnostics) ReadAndBind(string text, string path = "data.csv", UnitList? registry = null)
    {
        var (raw, diagnostics) = Read(text, path);
        Assert.NotNull(raw);
        return (DatasetBinder.Bind(raw, TestSchemas.Schema, registry ?? UnitList.Provinces63, diagnostics), diagnostics);
    }

    private static UnitIdentity Resolve(string written)
    {
        Assert.True(UnitList.Provinces63.TryResolve(written, out var unit));
        return unit.ToIdentity();
    }

    private static IReadOnlyList<decimal?> Column(ScoringData data, string field)
    {
        Assert.True(data.TryGetColumn(field, out var column));
        return column;
    }

    [Fact]
    public void A_clean_wide_dataset_binds_units_in_file_order_with_canonical_names()
    {
        const string text = "unit,ht_cap_quang,nt_chuyen_muc,nt_truong_ban\nTP.HCM,85%,có,Cấp phó\nTT Huế,,không,chair\nha noi,70.5,x,\n";
        var (data, diagnostics) = ReadAndBind(text);

        AssertNoDiagnostics(diagnostics);
        Assert.NotNull(data);
        string[] written = ["TP.HCM", "TT Huế", "ha noi"];
        var expected = written.Select(Resolve).ToList();
        Assert.Equal(expected, data.Units);
        Assert.Equal([85m, null, 70.5m], Column(data, "ht_cap_quang"));
        Assert.Equal([1m, 0m, 1m], Column(data, "nt_chuyen_muc"));
        Assert.Equal([1m, 2m, null], Column(data, "nt_truong_ban"));
        Assert.False(data.TryGetColumn("kt_grdp", out _));
    }

    [Fact]
    public void Long_form_and_json_bind_to_the_same_data_as_wide_form()
    {
        const string wide = "unit,so_lieu,nt_chuyen_muc\nHuế,1.5,có\nCà Mau,2,không\n";
        const string longForm = "unit,field,value\nHuế,so_lieu,1.5\nCà Mau,so_lieu,2\nHuế,nt_chuyen_muc,có\nCà Mau,nt_chuyen_muc,không\n";
        const string json = """{ "units": [ { "unit": "Huế", "so_lieu": 1.5, "nt_chuyen_muc": "có" }, { "unit": "Cà Mau", "so_lieu": 2, "nt_chuyen_muc": false } ] }""";

        var fromWide = ReadAndBind(wide).Data!;
        foreach (var (data, diagnostics) in new[] { ReadAndBind(longForm), ReadAndBind(json, "data.json") })
        {
            AssertNoDiagnostics(diagnostics);
            Assert.Equal(fromWide.Units, data!.Units);
            Assert.Equal(fromWide.FieldNames.Order(StringComparer.Ordinal), data.FieldNames.Order(StringComparer.Ordinal));
            foreach (var field in fromWide.FieldNames)
            {
                Assert.Equal(Column(fromWide, field), Column(data, field));
            }
        }
    }

    [Fact]
    public void Merged_provinces_bind_against_the_34_registry()
    {
        var (data, diagnostics) = ReadAndBind("unit,so_lieu\nHuế,1\nThừa Thiên Huế,2\n", registry: UnitList.Provinces34);

        Assert.Null(data);
        AssertOnly(diagnostics, DataDiagnostics.DuplicateUnit, 3, 1);
    }

    [Fact]
    public void An_unknown_unit_is_reported_at_its_row_with_suggestions()
    {
        const string text = "unit,so_lieu\nHuế,1\nThừa Thiên Hoế,2\n";
        var (data, diagnostics) = ReadAndBind(text);

        Assert.Null(data);
        var diagnostic = AssertOnly(diagnostics, DataDiagnostics.UnknownUnit, LineOf(text, "Hoế"), 1);
        Assert.Contains("did you mean 'Thừa Thiên Huế'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(UnitList.Provinces63.Name, diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", "01", "Hà Nội")]
    [InlineData("8", "08", "Tuyên Quang")]
    public void A_code_that_lost_its_leading_zeros_in_an_excel_number_cell_is_named_with_the_fix(string written, string code, string name)
    {
        var text = $"unit,so_lieu\n{written},1\n";
        var (data, diagnostics) = ReadAndBind(text);

        Assert.Null(data);
        var diagnostic = AssertOnly(diagnostics, DataDiagnostics.UnknownUnit, 2, 1);
        Assert.Equal(name, UnitList.Provinces63.ByCode(code)!.Name);
        Assert.Contains($"code '{code}' is '{name}'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("format the unit column as Text", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_that_is_no_code_even_padded_gets_no_code_hint()
    {
        var (_, diagnostics) = ReadAndBind("unit,so_lieu\n3,1\n");

        var diagnostic = AssertOnly(diagnostics, DataDiagnostics.UnknownUnit, 2, 1);
        Assert.DoesNotContain("code '", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_unit_written_two_ways_is_reported_at_the_second_naming_the_first()
    {
        const string text = "unit,so_lieu\nBà Rịa - Vũng Tàu,1\nHuế,3\nBR-VT,2\n";
        var (data, diagnostics) = ReadAndBind(text);

        Assert.Null(data);
        var diagnostic = AssertOnly(diagnostics, DataDiagnostics.DuplicateUnit, LineOf(text, "BR-VT"), 1);
        Assert.Contains($"line {LineOf(text, "Bà Rịa")}", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'Bà Rịa - Vũng Tàu'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_is_reported_once_at_its_header_with_the_closest_names()
    {
        const string text = "unit,ht_cap_quan,so_lieu\nHuế,1,2\nCà Mau,3,4\n";
        var (data, diagnostics) = ReadAndBind(text);

        Assert.Null(data);
        var diagnostic = AssertOnly(diagnostics, DataDiagnostics.UnknownField, LineOf(text, "unit,"), 2);
        Assert.Contains("did you mean 'ht_cap_quang'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_differing_only_in_case_suggests_the_schema_name()
    {
        var (_, diagnostics) = ReadAndBind("unit,SO_LIEU\nHuế,1\n");

        Assert.Contains("'so_lieu'", Assert.Single(diagnostics, d => d.Descriptor == DataDiagnostics.UnknownField).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_node_given_as_value_and_as_points_is_reported_at_the_points_column()
    {
        const string text = "unit,nhan_thuc_so,nhan_thuc_so.points\nHuế,0.5,50\n";
        var (data, diagnostics) = ReadAndBind(text);

        Assert.Null(data);
        AssertOnly(diagnostics, DataDiagnostics.ValueAndPoints, 1, 3);
    }

    [Fact]
    public void Every_problem_is_reported_in_one_run()
    {
        const string text = "unit,so_lieu,kt_grdp,khong_co\nHuế,abc,101,1\nAtlantis,0,5,1\nHuế,0,0,1\nCà Mau,0,5\n";
        var (data, diagnostics) = ReadAndBind(text);

        Assert.Null(data);
        AssertHas(diagnostics, DataDiagnostics.UnknownField, 1, 4);
        AssertHas(diagnostics, DataDiagnostics.NotANumber, LineOf(text, "abc"), 2);
        AssertHas(diagnostics, DataDiagnostics.OutOfRange, LineOf(text, "abc"), 3);
        AssertHas(diagnostics, DataDiagnostics.UnknownUnit, LineOf(text, "Atlantis"), 1);
        AssertHas(diagnostics, DataDiagnostics.DuplicateUnit, LineOf(text, "Huế,0,0"), 1);
        AssertHas(diagnostics, DataDiagnostics.WrongCellCount, LineOf(text, "Cà Mau"), 4);
        Assert.Equal(6, diagnostics.Count);
    }

    [Fact]
    public void Cells_of_an_unknown_unit_are_still_checked()
    {
        const string text = "unit,so_lieu\nAtlantis,abc\n";
        var (_, diagnostics) = ReadAndBind(text);

        AssertHas(diagnostics, DataDiagnostics.NotANumber, 2, 2);
        AssertHas(diagnostics, DataDiagnostics.UnknownUnit, 2, 1);
    }

    [Fact]
    public void Decimal_comma_declared_in_the_file_reaches_the_cells()
    {
        var (declared, declaredDiagnostics) = ReadAndBind("# dti: decimal=comma\nunit,so_lieu\nHuế,\"0,5208\"\n");
        AssertNoDiagnostics(declaredDiagnostics);
        Assert.Equal([0.5208m], Column(declared!, "so_lieu"));

        const string undeclared = "unit,so_lieu\nHuế,\"0,5208\"\n";
        var (data, diagnostics) = ReadAndBind(undeclared);
        Assert.Null(data);
        AssertOnly(diagnostics, DataDiagnostics.UndeclaredDecimalComma, 2, 2);
    }
}
