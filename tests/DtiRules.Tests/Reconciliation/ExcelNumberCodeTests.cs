using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using DtiRules.Data.Reading.Criteria;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Reconciliation;

/// <summary>
/// Codes Excel took for numbers: typed in a General cell, 1.1 is the number 1.1, written 1,1 under
/// Vietnamese settings, and 1.10 loses its final zero. The sheets here are written as Excel saves
/// them (byte order mark, CRLF, quoted cells); what Excel shows is modelled with .NET's own number
/// formatting, not with the code under test.
/// </summary>
public sealed partial class ExcelNumberCodeTests : IDisposable
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private readonly string _temp = Directory.CreateTempSubdirectory("dti-number-codes-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    // What a General cell shows of a code Excel takes for a number, in the given culture; other codes as typed.
    private static string AsExcelShows(string code, CultureInfo culture) =>
        NumberShaped().IsMatch(code) ? double.Parse(code, CultureInfo.InvariantCulture).ToString(culture) : code;

    private static string Quoted(string cell, char delimiter) =>
        cell.IndexOfAny([delimiter, '\n', '"']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;

    private string Write(string name, IEnumerable<string[]> rows, char delimiter = ',')
    {
        var path = Path.Combine(_temp, name);
        var text = string.Concat(rows.Select(r => string.Join(delimiter, r.Select(c => Quoted(c, delimiter))) + "\r\n"));
        File.WriteAllText(path, text, new UTF8Encoding(true));
        return path;
    }

    // The line a row starts on once written: cells with line breaks take more than one.
    private static int LineOf(IReadOnlyList<string[]> rows, int index) =>
        1 + rows.Take(index).Sum(r => 1 + r.Sum(c => c.Count(ch => ch == '\n')));

    private static int Count(string text, string code) => Regex.Count(text, Regex.Escape(code));

    // Two groups of eleven criteria (so x.10 is there), as a commune's sheet lists them, with a title row and a note on two lines.
    private static List<string[]> Sheet(Func<string, string> code)
    {
        var rows = new List<string[]> { new[] { "BẢNG ĐIỂM CHUYỂN ĐỔI SỐ XÃ NĂM 2025", string.Empty, string.Empty, string.Empty }, new[] { "Mã", "Tiêu chí", "Điểm tối đa", "Ghi chú" } };
        for (var group = 1; group <= 2; group++)
        {
            rows.Add([code(group.ToString(CultureInfo.InvariantCulture)), $"Nhóm {group}", "11", string.Empty]);
            for (var criterion = 1; criterion <= 11; criterion++)
            {
                rows.Add([code($"{group}.{criterion}"), $"Tiêu chí {group}.{criterion}, có dấu phẩy", "1", criterion == 3 ? "QĐ 12\r\nthiếu dấu" : string.Empty]);
            }
        }

        return rows;
    }

    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    public void A_sheet_whose_codes_excel_wrote_with_a_decimal_comma_is_one_error_naming_the_column_and_the_rows(char delimiter)
    {
        var rows = Sheet(c => AsExcelShows(c, Vietnamese));
        var path = Write("xa-2025.csv", rows, delimiter);
        var commaRows = rows.Skip(2).Count(r => r[0].Contains(',', StringComparison.Ordinal));
        var firstLine = LineOf(rows, rows.FindIndex(2, r => r[0].Contains(',', StringComparison.Ordinal)));
        var output = Path.Combine(_temp, "xa-2025.dti");

        var (code, _, error) = CliRunner.Run("--lang", "en", "import", path, "--out", output);

        Assert.Equal(22, commaRows);
        Assert.Equal(1, code);
        Assert.False(File.Exists(output));
        Assert.Equal(1, Count(error, "DR4322"));
        Assert.Equal(0, Count(error, "DR4308"));
        Assert.Equal(1, Count(error, "DR43"));
        Assert.Contains($"xa-2025.csv({firstLine},1): error DR4322: {commaRows} row(s) of the column 'Mã'", error, StringComparison.Ordinal);
        Assert.Contains("(e.g. '1,1', which was '1.1' or '1.10')", error, StringComparison.Ordinal);
        Assert.Contains("format the column 'Mã' as Text", error, StringComparison.Ordinal);

        var vietnamese = CliRunner.Run("--lang", "vi", "import", path, "--out", output).Error;
        Assert.Contains($"{commaRows} dòng của cột 'Mã'", vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_code_with_a_comma_among_codes_with_points_is_an_error_at_its_cell()
    {
        var rows = Sheet(c => c == "2.3" ? "2,3" : c);
        var path = Write("xa.csv", rows);
        var line = LineOf(rows, rows.FindIndex(r => r[0] == "2,3"));

        var (code, _, error) = CliRunner.Run("--lang", "en", "import", path, "--out", Path.Combine(_temp, "xa.dti"));

        Assert.Equal(1, code);
        Assert.Contains($"xa.csv({line},1): error DR4308: '2,3' is not a criterion code", error, StringComparison.Ordinal);
        Assert.Equal(0, Count(error, "DR4322"));
    }

    [Fact]
    public void In_a_csv_a_code_repeated_right_after_the_one_before_its_lost_zero_is_a_code_stored_as_a_number()
    {
        // English settings: 1.10 saved as 1.1; a true repeat (2.3 twice) stays a duplicate.
        var rows = Sheet(c => AsExcelShows(c, CultureInfo.InvariantCulture));
        var third = rows.FindIndex(r => r[0] == "2.3");
        rows.Insert(third + 1, ["2.3", "Lặp lại", "1", string.Empty]);
        var path = Write("xa.csv", rows);
        var lost = rows.Select((r, i) => (r, i)).Where(p => p.i > 0 && p.r[0] == AsExcelShows(p.r[0], CultureInfo.InvariantCulture) && p.r[0] != "2.3" && rows.Take(p.i).Any(q => q[0] == p.r[0])).Select(p => p.i).ToList();

        var (code, _, error) = CliRunner.Run("--lang", "en", "import", path, "--out", Path.Combine(_temp, "xa.dti"));

        Assert.Equal(1, code);
        Assert.Equal(2, lost.Count);
        Assert.All(lost, i => Assert.Contains($"xa.csv({LineOf(rows, i)},1): error DR4303: The code '{rows[i][0]}' is stored as a number", error, StringComparison.Ordinal));
        Assert.Contains($"xa.csv({LineOf(rows, third + 1)},1): error DR4302: The code '2.3' is also on row {LineOf(rows, third)}", error, StringComparison.Ordinal);
        Assert.Equal(2, Count(error, "DR4303"));
    }

    [Theory]
    [InlineData("1.9", "1.1", true)]
    [InlineData("2.19", "2.2", true)]
    [InlineData("3.99", "3.1", true)]
    [InlineData("1.8", "1.1", false)]
    [InlineData("1.9", "2.1", false)]
    [InlineData("1.1", "1.2", false)]
    [InlineData("1.9", "1.10", false)]
    [InlineData("1.9.1", "1.1", false)]
    public void A_code_follows_the_one_before_once_excel_lost_its_zeros(string previous, string code, bool follows) =>
        Assert.Equal(follows, ExcelNumberCodes.FollowsOnceZerosLost(previous, code));

    [Fact]
    public void Data_read_against_a_ruleset_whose_codes_excel_wrote_with_a_decimal_comma_is_one_error()
    {
        var ruleset = Import();
        var records = CriteriaSample.Records(CriteriaSample.Csv);
        var mangled = records.Select(r => r.Length > 0 && NumberShaped().IsMatch(r[0]) ? [AsExcelShows(r[0], Vietnamese), .. r[1..]] : r).ToList();
        var commaRows = mangled.Count(r => r.Length > 0 && Regex.IsMatch(r[0], "^[0-9]+,[0-9]+$"));

        var (code, _, error) = CliRunner.Run("--lang", "en", "reconcile", ruleset, "--data", Write("xa.csv", mangled));

        Assert.Equal(60, commaRows);
        Assert.Equal(1, code);
        Assert.Equal(1, Count(error, "DR4322"));
        Assert.Contains($"error DR4322: {commaRows} row(s) of the column 'STT'", error, StringComparison.Ordinal);
        Assert.Equal(0, Count(error, "DR4308") + Count(error, "DR4312"));
    }

    [Fact]
    public void Data_with_codes_that_lost_their_final_zero_is_one_error_naming_the_listed_code_not_points_given_twice()
    {
        var ruleset = Import();
        var records = CriteriaSample.Records(CriteriaSample.Csv);
        var english = CultureInfo.InvariantCulture;
        var mangled = records.Select(r => r.Length > 0 && NumberShaped().IsMatch(r[0]) ? [AsExcelShows(r[0], english), .. r[1..]] : r).ToList();
        var lost = records.Count(r => r.Length > 0 && NumberShaped().IsMatch(r[0]) && r[0].EndsWith('0'));
        var firstLine = LineOf(records, records.FindIndex(r => r.Length > 0 && NumberShaped().IsMatch(r[0]) && r[0].EndsWith('0')));

        var (code, _, error) = CliRunner.Run("--lang", "en", "reconcile", ruleset, "--data", Write("xa.csv", mangled));

        Assert.Equal(6, lost);
        Assert.Equal(1, code);
        Assert.Equal(1, Count(error, "DR4322"));
        Assert.Contains($"xa.csv({firstLine},1): error DR4322: {lost} row(s) of the column 'STT'", error, StringComparison.Ordinal);
        Assert.Contains("(e.g. '1.1', which was '1.10')", error, StringComparison.Ordinal);
        Assert.Equal(0, Count(error, "DR4302"));
    }

    [Fact]
    public void A_criterion_given_twice_in_data_is_an_error_not_a_silent_second_value()
    {
        var ruleset = Import();
        var records = CriteriaSample.Records(CriteriaSample.Csv);
        var first = records.FindIndex(r => r.Length > 0 && r[0] == "2.3");
        var twice = records.Take(first + 1).Append(records[first]).Concat(records.Skip(first + 1)).ToList();

        var (code, _, error) = CliRunner.Run("--lang", "en", "reconcile", ruleset, "--data", Write("xa.csv", twice));

        Assert.Equal(1, code);
        Assert.Contains($"xa.csv({LineOf(twice, first + 1)},1): error DR4302: The code '2.3' is also on row {LineOf(twice, first)}", error, StringComparison.Ordinal);
        Assert.Equal(0, Count(error, "DR4322"));
    }

    [Fact]
    public void Long_data_whose_field_column_excel_wrote_with_a_decimal_comma_is_one_error_not_one_unknown_field_per_row()
    {
        var ruleset = Import();
        var criteria = CriteriaSample.Criteria();
        var rows = new List<string[]> { new[] { "unit", "round", "field", "value" } };
        rows.AddRange(criteria.Select(c => new[] { "Hòa Bình", "self", AsExcelShows(c.Code, Vietnamese), c.Self.ToString(Vietnamese) }));
        rows.AddRange(criteria.Select(c => new[] { "Hòa Bình", "appraised", AsExcelShows(c.Code, Vietnamese), c.Appraised.ToString(Vietnamese) }));

        var (code, _, error) = CliRunner.Run("--lang", "en", "reconcile", ruleset, "--data", Write("long.csv", rows), "--units", "open");

        Assert.Equal(1, code);
        Assert.Equal(1, Count(error, "DR4322"));
        Assert.Contains($"long.csv(2,3): error DR4322: {2 * criteria.Count} row(s) of the column 'field'", error, StringComparison.Ordinal);
        Assert.Equal(0, Count(error, "DR4004"));
    }

    [Fact]
    public void A_code_shown_as_a_number_is_what_dotnet_shows_of_the_same_number()
    {
        Gen.Select(Gen.Int[0, 999], Gen.Int[0, 9999]).Sample((whole, fraction) =>
        {
            var code = $"{whole}.{fraction.ToString(CultureInfo.InvariantCulture).PadLeft(fraction % 3 + 1, '0')}";
            return ExcelNumberCodes.AsNumber(code) == AsExcelShows(code, CultureInfo.InvariantCulture);
        });
    }

    private string Import()
    {
        var ruleset = Path.Combine(_temp, "xa.dti");
        var (code, _, error) = CliRunner.Run("import", CriteriaSample.Csv, "--out", ruleset);
        Assert.True(code == 0, error);
        return ruleset;
    }

    [GeneratedRegex("^[0-9]+\\.[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberShaped();
}
