using System.Text;
using CsCheck;
using DtiRules.Cli;
using DtiRules.Data;
using DtiRules.Data.Binding;
using DtiRules.Data.Reading;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Data;

/// <summary>Mistakes once accepted silently, and inputs that once cost quadratic time or memory.</summary>
public sealed class BoundedInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dti-bounded-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>The 2022 sample with one column's values changed.</summary>
    private string Sample2022With(string field, Func<string, string> change)
    {
        var lines = File.ReadAllLines(RepositoryPaths.Sample2022);
        var header = Array.FindIndex(lines, l => l.StartsWith("unit,", StringComparison.Ordinal));
        var column = Array.IndexOf(lines[header].Split(','), field);
        Assert.True(column > 0);
        var changed = lines.Select((line, i) =>
        {
            if (i <= header || line.StartsWith('#') || line.Contains('"', StringComparison.Ordinal))
            {
                return line;
            }

            var cells = line.Split(',');
            cells[column] = cells[column].Length == 0 ? cells[column] : change(cells[column]);
            return string.Join(',', cells);
        });
        return Write("data.csv", string.Join('\n', changed) + "\n");
    }

    [Fact]
    public void A_percent_column_of_fractions_is_a_warning_that_names_it_and_suggests_times_100()
    {
        var data = Sample2022With("ht_ho_cap_quang", text => (decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture) / 100m).ToString(System.Globalization.CultureInfo.InvariantCulture));

        var (code, output, error) = CliRunner.Run("score", RepositoryPaths.Ruleset2022, "--data", data, "--format", "csv");

        Assert.Equal(0, code);
        Assert.NotEmpty(output);
        var warning = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("warning DR4072: Every value of 'ht_ho_cap_quang' lies between 0 and 1", warning, StringComparison.Ordinal);
        Assert.Contains("multiply the column by 100", warning, StringComparison.Ordinal);
        Assert.StartsWith(data + "(", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_percent_column_in_percent_gives_no_warning()
    {
        var (code, _, error) = CliRunner.Run("score", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--format", "csv");

        Assert.Equal(0, code);
        Assert.DoesNotContain("DR4072", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_with_only_a_unit_column_is_an_error_not_a_ranking_of_ties()
    {
        var data = Write("units-only.csv", "unit\nHà Nội\nHải Phòng\nĐà Nẵng\n");

        var (code, output, error) = CliRunner.Run("score", RepositoryPaths.Ruleset2022, "--data", data);

        Assert.Equal(ExitCodes.Errors, code);
        Assert.Empty(output);
        Assert.Contains($"{data}: error DR4073: The data has only the unit column but no column of an input", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_whose_columns_are_all_unknown_says_so_once_besides_each_column()
    {
        var data = Write("other.csv", "unit,a,b\nHà Nội,1,2\n");

        var (code, _, error) = CliRunner.Run("rescore", "--data", data, "--rulesets", RepositoryPaths.Ruleset2022);

        Assert.Equal(ExitCodes.Errors, code);
        Assert.Contains("error DR4073: The data has only columns it does not read ('a', 'b')", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pasted_paragraph_as_an_id_is_one_error_and_gets_no_suggestion()
    {
        // Once 44.6 s and 1.4 GB: "did you mean" filled an edit-distance table of 2.3 million rows.
        var id = new string('x', 2_300_000);
        var text = File.ReadAllText(RepositoryPaths.Ruleset2022).Replace("score = ht_ho_cap_quang", "score = " + id, StringComparison.Ordinal);
        Assert.Contains(id, text, StringComparison.Ordinal);
        var path = Write("long.dti", text);

        var (code, output, _) = CliRunner.Run("check", path);

        Assert.Equal(ExitCodes.Errors, code);
        Assert.Contains("error DR0013: This id has 2,300,000 characters, more than the 200", output, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_unit_name_is_one_error_at_its_row()
    {
        // Once 52 s and 2.1 GB for a 10 MB name.
        var name = new string('a', 10_000_000);
        var raw = DatasetReader.ReadText($"unit,ht_ho_cap_quang\n{name},50\nHà Nội,60\n", "d.csv", new DiagnosticBag())!;
        var schema = RulesetCompilation.FromFile(RepositoryPaths.Ruleset2022).Ruleset.Schema;
        var diagnostics = new DiagnosticBag();

        Assert.Null(DatasetBinder.Bind(raw, schema, UnitList.Provinces63, diagnostics));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DataDiagnostics.NameTooLong, diagnostic.Descriptor);
        Assert.Equal((2, 1), (diagnostic.Location!.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void A_huge_name_in_a_unit_list_is_an_error_at_its_cell()
    {
        var diagnostics = new DiagnosticBag();
        var list = UnitListReader.Read(Encoding.UTF8.GetBytes($"code,name,aliases\n01,Xã A,{new string('b', 300)}\n02,Xã B,\n"), "list.csv", "commune", diagnostics);

        Assert.Null(list);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DataDiagnostics.NameTooLong, diagnostic.Descriptor);
        Assert.Equal((2, 3), (diagnostic.Location!.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void A_hundred_thousand_unknown_columns_are_each_reported_and_only_the_first_fifty_searched()
    {
        var header = string.Join(',', Enumerable.Range(0, 100_000).Select(i => $"ht_ho_cap_quang_{i}"));
        var raw = DatasetReader.ReadText($"unit,{header}\nHà Nội{new string(',', 100_000)}\n", "d.csv", new DiagnosticBag())!;
        var schema = RulesetCompilation.FromFile(RepositoryPaths.Ruleset2022).Ruleset.Schema;
        var diagnostics = new DiagnosticBag();

        DatasetBinder.Bind(raw, schema, UnitList.Provinces63, diagnostics);

        var unknown = diagnostics.Where(d => d.Descriptor == DataDiagnostics.UnknownField).ToList();
        Assert.Equal(100_000, unknown.Count);
        Assert.All(unknown.Take(50), d => Assert.Contains("did you mean 'ht_ho_cap_quang'", d.Message, StringComparison.Ordinal));
        Assert.All(unknown.Skip(50), d => Assert.DoesNotContain("did you mean", d.Message, StringComparison.Ordinal));
    }

    /// <summary>The textbook table, kept whole: the reference the linear-memory distance must agree with.</summary>
    private static int FullTableDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static readonly Gen<string> Word = Gen.String[Gen.Char["abcdxy_"], 0, 14];

    [Fact]
    public void The_linear_memory_distance_equals_the_full_table()
    {
        Gen.Select(Word, Word).Sample((a, b) => NameSuggestions.EditDistance(a, b) == FullTableDistance(a, b));
    }

    [Fact]
    public void Suggestions_that_stop_early_are_those_of_the_full_table()
    {
        Gen.Select(Word, Word.Array[0, 8]).Sample((key, names) =>
        {
            var reach = Math.Max(2, key.Length / 2);
            var expected = names.Distinct(StringComparer.Ordinal)
                .Select((name, order) => (Name: name, Order: order, Distance: FullTableDistance(key, name)))
                .Where(c => c.Distance <= reach)
                .OrderBy(c => c.Distance).ThenBy(c => c.Order)
                .Take(3)
                .Select(c => c.Name);
            return NameSuggestions.Closest(key, names, 3).SequenceEqual(expected);
        });
    }
}
