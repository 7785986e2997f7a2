using System.Text;
using DtiRules.Language.Binding;
using DtiRules.Tests.Data;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Reconciliation;

public sealed class CriteriaImportTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("dti-import-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string Write(string name, string text, bool bom = true)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllText(path, text, new UTF8Encoding(bom));
        return path;
    }

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private (int Code, string Error, string? Ruleset) Import(string sheet, params string[] extra)
    {
        var output = Path.Combine(_temp, Path.GetFileNameWithoutExtension(sheet) + ".dti");
        File.Delete(output);
        var (code, _, error) = CliRunner.Run(["import", sheet, "--out", output, .. extra]);
        return (code, error, File.Exists(output) ? File.ReadAllText(output) : null);
    }

    private static BoundRuleset Check(string text, string path)
    {
        var compilation = RulesetCompilation.Create(DtiRules.Language.Text.SourceText.From(text, path));
        Assert.DoesNotContain(compilation.Diagnostics, d => d.IsError);
        return compilation.Ruleset;
    }

    [Fact]
    public void The_sample_commune_sheet_becomes_a_ruleset_that_checks_clean_with_one_leaf_per_criterion()
    {
        var (code, error, text) = Import(CriteriaSample.Csv);
        Assert.True(code == 0, error);
        var path = Path.Combine(_temp, "xa-hoa-binh-2025.dti");
        var ruleset = Check(text!, path);
        var criteria = CriteriaSample.Criteria();

        Assert.Equal(60, criteria.Count);
        Assert.Equal(criteria.Select(c => "c_" + c.Code.Replace('.', '_')), ruleset.Nodes.Where(n => n.IsLeaf).Select(n => n.Name));
        Assert.Equal(criteria.Select(c => $"{c.Code} {c.Text}"), ruleset.Nodes.Where(n => n.IsLeaf).Select(n => n.Label));
        Assert.Equal(criteria.Select(c => c.Max), ruleset.Nodes.Where(n => n.IsLeaf).Select(n => n.MaxPoints));
        Assert.Equal(criteria.Sum(c => c.Max), ruleset.Header.Scale);
        Assert.Equal(["Nhận thức số", "Thể chế số", "Hạ tầng số", "Chính quyền số", "Kinh tế số", "Xã hội số"], ruleset.Roots.Select(r => r.Label));
        Assert.All(ruleset.Roots, r => Assert.Equal(10, r.Children.Count));
        Assert.All(ruleset.Nodes, n => Assert.Equal("imported from xa-hoa-binh-2025.csv", n.Provenance!.Reason));
        Assert.Equal(
            [("trang_thai", "Trạng thái"), ("nguoi_phu_trach", "Người phụ trách"), ("thoi_han", "Thời hạn"), ("minh_chung", "Minh chứng")],
            ruleset.Notes.Select(n => (n.Name, n.Header)));

        // dti check on the written file: no error, and dti fmt would not change it.
        var (check, checkOut, _) = CliRunner.Run("check", path);
        Assert.True(check == 0, checkOut);
        Assert.Equal(0, CliRunner.Run("fmt", "--check", path).ExitCode);
    }

    [Fact]
    public void The_workbook_copy_of_the_sample_gives_the_same_ruleset_but_for_the_file_name()
    {
        if (Snapshot.Updating)
        {
            File.WriteAllBytes(CriteriaSample.Xlsx, CriteriaSample.Workbook());
        }

        var (fromCsv, fromXlsx) = (Import(CriteriaSample.Csv), Import(CriteriaSample.Xlsx));

        Assert.True(fromXlsx.Code == 0, fromXlsx.Error);
        Assert.Equal(fromCsv.Ruleset!.Replace("xa-hoa-binh-2025.csv", "xa-hoa-binh-2025.xlsx", StringComparison.Ordinal), fromXlsx.Ruleset);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public void Import_then_export_then_import_gives_the_same_ruleset(string extension)
    {
        var first = Import(CriteriaSample.Csv).Ruleset!;
        var ruleset = Write("first.dti", first);
        var folder = Directory.CreateDirectory(Path.Combine(_temp, "exported")).FullName;
        var exported = Path.Combine(folder, "xa-hoa-binh-2025." + extension);

        var (code, _, error) = CliRunner.Run("export-catalogue", ruleset, "--out", exported);
        Assert.True(code == 0, error);
        var output = Path.Combine(folder, "again.dti");
        Assert.Equal(0, CliRunner.Run("import", exported, "--out", output).ExitCode);

        Assert.Equal(first.Replace("xa-hoa-binh-2025.csv", "xa-hoa-binh-2025." + extension, StringComparison.Ordinal), File.ReadAllText(output));
    }

    [Fact]
    public void Hierarchical_codes_nest_and_english_headers_decimal_commas_and_a_total_row_are_read()
    {
        var sheet = Write("plan-2024.csv", """
            Code,Criterion,Max points,Remarks
            1,Leadership,,
            1.1,Plan,"2,5",
            1.1.1,Plan adopted,"1,5",
            1.1.2,Plan funded,1,
            1.2,"Meetings
            held",3,
            2,Services,4,"two
            lines"
            Total,,"9,5",
            """);

        var (code, error, text) = Import(sheet);

        Assert.True(code == 0, error);
        var ruleset = Check(text!, Path.Combine(_temp, "plan-2024.dti"));
        Assert.Equal(2024, ruleset.Header.Edition);
        Assert.Equal("plan_2024", ruleset.Header.Id);
        Assert.Equal(9.5m, ruleset.Header.Scale);
        var c1 = ruleset.FindNode("c_1")!;
        Assert.Equal(["c_1_1", "c_1_2"], c1.Children.Select(c => c.Name));
        Assert.Equal(["c_1_1_1", "c_1_1_2"], ruleset.FindNode("c_1_1")!.Children.Select(c => c.Name));
        Assert.Equal(5.5m, c1.MaxPoints);
        Assert.Equal("1.2 Meetings held", ruleset.FindNode("c_1_2")!.Label);
        Assert.True(ruleset.FindNode("c_2")!.IsLeaf);
        Assert.Equal(["p_1_1_1", "p_1_1_2", "p_1_2", "p_2"], ruleset.Inputs.Select(i => i.Name));
    }

    [Fact]
    public void Roman_group_headings_title_rows_and_a_merged_points_header_are_read()
    {
        var sheet = Write("so-2025.csv", """
            "UBND TỈNH X",,,,
            "BẢNG ĐIỂM",,,,
            TT,Nội dung,Điểm chuẩn,Điểm,
            ,,,Tự chấm,Thẩm định
            I,Chính quyền số,5,,
            1,Hồ sơ trực tuyến,3,3,2
            2,Văn bản điện tử,2,2,2
            II,Xã hội số,1,,
            3,Danh tính điện tử,1,1,1
            """);

        var (code, error, text) = Import(sheet, "--unit-kind", "department");

        Assert.True(code == 0, error);
        var ruleset = Check(text!, Path.Combine(_temp, "so-2025.dti"));
        Assert.Equal(["g_i", "g_ii"], ruleset.Roots.Select(r => r.Name));
        Assert.Equal(["I Chính quyền số", "II Xã hội số"], ruleset.Roots.Select(r => r.Label));
        Assert.Equal(["c_1", "c_2"], ruleset.Roots[0].Children.Select(c => c.Name));
        Assert.Equal("department", ruleset.Header.UnitKind);
        Assert.Contains("units   open", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_with_a_title_row_a_two_row_header_and_number_cells_is_read()
    {
        var book = WriteBytes("xa-2025.xlsx", XlsxFixtures.Book(("Biểu 01",
        [
            ["BẢNG ĐIỂM CHUYỂN ĐỔI SỐ XÃ"],
            [],
            ["Mã số", "Nội dung\nđánh giá", "Thang điểm", "Điểm", null, "Ghi chú"],
            [null, null, null, "Tự chấm", "Thẩm định", null],
            ["1.1", "Kế hoạch", 2.5m, 2.5m, 2m, "QĐ 12\nthiếu dấu"],
            ["1.2", "Chữ ký số", 1m, 1m, 1m, null],
        ])));

        var (code, error, text) = Import(book);

        Assert.True(code == 0, error);
        var ruleset = Check(text!, Path.Combine(_temp, "xa-2025.dti"));
        Assert.Equal(["c_1_1", "c_1_2"], ruleset.Roots.Select(r => r.Name));
        Assert.Equal([2.5m, 1m], ruleset.Roots.Select(r => r.MaxPoints));
    }

    [Fact]
    public void A_semicolon_sheet_as_excel_saves_it_under_vietnamese_settings_is_read()
    {
        var sheet = Write("xa.csv", "BẢNG ĐIỂM;;\r\nMã;Tiêu chí;Điểm tối đa\r\n1.1;Kế hoạch, năm;2,5\r\n1.2;Chữ ký số;1\r\n");

        var (code, error, text) = Import(sheet);

        Assert.True(code == 0, error);
        Assert.Equal(3.5m, Check(text!, Path.Combine(_temp, "xa.dti")).Header.Scale);
    }

    [Fact]
    public void Columns_named_on_the_command_line_are_used_when_headers_are_not_recognised()
    {
        var sheet = Write("list.csv", """
            Số hiệu,Yêu cầu,Khối,Trần điểm
            1.1,A,Khối 1,2
            1.2,B,Khối 1,3
            2.1,C,Khối 2,5
            """);

        var (code, error, text) = Import(sheet, "--code-column", "Số hiệu", "--label-column", "Yêu cầu", "--group-column", "Khối", "--max-column", "Trần điểm", "--edition", "7", "--family", "khoi");

        Assert.True(code == 0, error);
        var ruleset = Check(text!, Path.Combine(_temp, "list.dti"));
        Assert.Equal(["Khối 1", "Khối 2"], ruleset.Roots.Select(r => r.Label));
        Assert.Equal([5m, 5m], ruleset.Roots.Select(r => r.MaxPoints));
        Assert.Equal(7, ruleset.Header.Edition);
        Assert.Equal("khoi", ruleset.Header.Id);
    }

    [Fact]
    public void A_windows_1258_sheet_is_read()
    {
        var text = "Mã,Tiêu chí,Điểm tối đa\r\n1.1,Cổng dịch vụ công trực tuyến,2\r\n1.2,Chữ ký số của lãnh đạo,3\r\n";
        var sheet = WriteBytes("xa-1258.csv", DtiRules.Tests.Text.VietnameseEncoders.ToWindows1258(text));

        var (code, error, ruleset) = Import(sheet);

        Assert.True(code == 0, error);
        Assert.Contains("\"1.1 Cổng dịch vụ công trực tuyến\"", ruleset, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mã,Tiêu chí,Điểm tối đa\n1.1,A,2\n1.1,B,3\n", "DR4302", 3, 1)]
    [InlineData("Mã,Tiêu chí,Điểm tối đa\n1.1,A,\n", "DR4304", 2, 3)]
    [InlineData("Mã,Tiêu chí,Điểm tối đa\n1.1,A,hai\n", "DR4305", 2, 3)]
    [InlineData("Mã,Tiêu chí,Điểm tối đa\n1.1,A,2\nTổng cộng,,3\n", "DR4306", 3, 3)]
    [InlineData("Mã,Tiêu chí,Điểm tối đa\n1,Nhóm,4\n1.1,A,2\n", "DR4307", 2, 3)]
    [InlineData("Mã,Tiêu chí,Điểm tối đa\n1-1,A,2\n", "DR4308", 2, 1)]
    [InlineData("Mã,Tiêu chí,Ghi chú\n1.1,A,x\n", "DR4309", 0, 0)]
    [InlineData("Tên,Giá trị\nA,2\n", "DR4301", 1, 1)]
    [InlineData("Mã,Tiêu chí,Điểm tối đa\nTổng,,0\n", "DR4311", 0, 0)]
    public void A_bad_sheet_is_a_positioned_error_and_no_ruleset_is_written(string sheet, string diagnostic, int line, int column)
    {
        var path = Write("bad.csv", sheet);

        var (code, error, text) = Import(path);

        Assert.Equal(1, code);
        Assert.Null(text);
        var position = line == 0 ? "bad.csv: error" : $"bad.csv({line},{column}): error";
        Assert.Contains($"{position} {diagnostic}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_excel_turned_into_a_number_is_an_error_at_its_cell()
    {
        // 4.10 typed in a General cell is stored as the number 4.1 and repeats the code above it.
        var book = WriteBytes("xa.xlsx", XlsxFixtures.Book(("Tiêu chí",
        [
            ["Mã", "Tiêu chí", "Điểm tối đa"],
            [4.1m, "Bốn chấm một", 1m],
            [4.2m, "Bốn chấm hai", 1m],
            [4.1m, "Bốn chấm mười", 1m],
        ])));

        var (code, error, _) = Import(book);

        Assert.Equal(1, code);
        Assert.Contains("xa.xlsx[Tiêu chí](4,1): error DR4303", error, StringComparison.Ordinal);
        Assert.Contains("row 2", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_sheet_or_column_named_on_the_command_line_is_an_error()
    {
        var book = WriteBytes("xa.xlsx", XlsxFixtures.Book(("Tiêu chí", [["Mã", "Tiêu chí", "Điểm tối đa"], ["1.1", "A", 1m]])));
        var sheet = Write("xa.csv", "Mã,Tiêu chí,Điểm tối đa\n1.1,A,1\n");

        Assert.Contains("error DR4300", Import(book, "--sheet", "Sheet9").Error, StringComparison.Ordinal);
        Assert.Contains("error DR4310", Import(sheet, "--max-column", "Điểm chuẩn").Error, StringComparison.Ordinal);
        Assert.Equal(0, Import(book, "--sheet", "tiêu chí").Code);
    }
}
