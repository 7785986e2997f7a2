using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Sensitivity;

public sealed class SensitivityCliTests
{
    private static string[] Args(params string[] more) =>
        ["sensitivity", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--vary-weights", "20", "--samples", "40", .. more];

    [Fact]
    public void Csv_has_the_columns_and_notes_of_the_format()
    {
        var (code, output, error) = CliRunner.Run(Args("--format", "csv", "--top", "20"));

        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("# ", StringComparison.Ordinal) && l.Contains("(K = 20)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("# convergence: from 20 to 40 samples", StringComparison.Ordinal));
        var rows = lines.Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal("unit,code,value,rank,rank_median,rank_p05,rank_p95,value_p05,value_p95,p_top,stability", rows[0]);
        Assert.Equal(64, rows.Count);
        Assert.StartsWith("Bạc Liêu,95,", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_declared_block_of_the_2022_edition_is_what_varies_without_vary_weights()
    {
        var (code, output, error) = CliRunner.Run("sensitivity", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--samples", "20", "--format", "csv");

        Assert.True(code == 0, error);
        Assert.Contains("policy missing zero | mean, noise ht_ho_cap_quang ±5%", output, StringComparison.Ordinal);
    }

    [Fact]
    public void One_thread_and_two_give_the_same_bytes_and_so_do_both_engines()
    {
        var one = CliRunner.Run(Args("--format", "json", "--indices", "--threads", "1", "--engine", "interpreted"));
        var two = CliRunner.Run(Args("--format", "json", "--indices", "--threads", "2", "--engine", "interpreted"));
        var compiled = CliRunner.Run(Args("--format", "json", "--indices", "--threads", "2", "--engine", "compiled"));

        Assert.True(one.ExitCode == 0, one.Error);
        Assert.Equal(one.Out, two.Out);
        Assert.Equal(one.Out, compiled.Out);
        Assert.Contains("\"first_order_ci\"", one.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Indices_go_to_a_second_csv_beside_the_first()
    {
        var folder = Directory.CreateTempSubdirectory("dti-sensitivity-");
        try
        {
            var path = Path.Combine(folder.FullName, "kết quả.csv");
            var (code, _, error) = CliRunner.Run(Args("--format", "csv", "--indices", "--out", path));

            Assert.True(code == 0, error);
            var indices = File.ReadAllLines(Path.Combine(folder.FullName, "kết quả.indices.csv"));
            Assert.Equal("factor,first_order,first_order_ci,total,total_ci", indices[0]);
            Assert.Equal(9, indices.Length);
            Assert.StartsWith("weight nhan_thuc_so,", indices[1], StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_workbook_has_the_units_the_indices_and_the_notes()
    {
        var folder = Directory.CreateTempSubdirectory("dti-sensitivity-");
        try
        {
            var path = Path.Combine(folder.FullName, "out.xlsx");
            var (code, _, error) = CliRunner.Run(["--lang", "en", .. Args("--format", "xlsx", "--indices", "--out", path)]);

            Assert.True(code == 0, error);
            using var zip = System.IO.Compression.ZipFile.OpenRead(path);
            var workbook = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open()).ReadToEnd();
            Assert.Contains("name=\"Units\"", workbook, StringComparison.Ordinal);
            Assert.Contains("name=\"Sensitivity indices\"", workbook, StringComparison.Ordinal);
            Assert.Contains("name=\"Notes\"", workbook, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("--samples", "1")]
    [InlineData("--vary-weights", "100")]
    [InlineData("--top", "0")]
    [InlineData("--format", "xlsx")]
    public void Options_out_of_range_are_refused_with_a_reason(string option, string value)
    {
        var (code, _, error) = CliRunner.Run("sensitivity", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, option, value);

        Assert.Equal(1, code);
        Assert.Contains("DR4134", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ruleset_without_a_block_or_vary_weights_says_what_to_add()
    {
        var (code, _, error) = CliRunner.Run(
            "sensitivity", RepositoryPaths.Combine("rulesets", "dti-province", "2024.dti"), "--data", RepositoryPaths.Combine("data", "sample", "provinces-2024.csv"), "--samples", "10");

        Assert.Equal(1, code);
        Assert.Contains("DR4130", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_draws_a_rank_interval_per_province_and_the_factors_indices()
    {
        var folder = Directory.CreateTempSubdirectory("dti-sensitivity-");
        try
        {
            var path = Path.Combine(folder.FullName, "report.html");
            var (code, _, error) = CliRunner.Run("report", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--sensitivity", "20", "--out", path);

            Assert.True(code == 0, error);
            var html = File.ReadAllText(path);
            Assert.Contains("<a href=\"#sensitivity\">", html, StringComparison.Ordinal);
            Assert.Equal(63, html.Split("<g class=\"interval\">").Length - 1);
            Assert.Equal(10, html.Split("<g class=\"factor\">").Length - 1);
            Assert.Contains("<title>Bạc Liêu: rank 1, median", html, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_report_samples_the_data_it_scored_without_reading_the_file_again()
    {
        // The 2022 sample as Excel saves it under Vietnamese regional settings: semicolons and decimal
        // commas, which the reader notes once per reading of the file (DR4077).
        var folder = Directory.CreateTempSubdirectory("dti-sensitivity-");
        try
        {
            var rows = File.ReadAllLines(RepositoryPaths.Sample2022).Where(l => !l.StartsWith('#')).Select(l => l.Replace(',', ';').Replace('.', ','));
            var data = Path.Combine(folder.FullName, "so-lieu.csv");
            File.WriteAllText(data, string.Join("\r\n", rows) + "\r\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            var path = Path.Combine(folder.FullName, "report.html");

            var (code, _, error) = CliRunner.Run("report", RepositoryPaths.Ruleset2022, "--data", data, "--sensitivity", "20", "--out", path);

            Assert.True(code == 0, error);
            Assert.Equal(1, error.Split("DR4077").Length - 1);
            Assert.Equal(63, File.ReadAllText(path).Split("<g class=\"interval\">").Length - 1);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
