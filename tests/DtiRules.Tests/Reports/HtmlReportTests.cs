using System.Text.RegularExpressions;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Reports;

public sealed partial class HtmlReportTests : IDisposable
{
    private static readonly string Rulesets = RepositoryPaths.Combine("rulesets", "dti-province");
    private readonly string _folder = Directory.CreateTempSubdirectory("dti-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Edition(int year) => Path.Combine(Rulesets, $"{year}.dti");

    [GeneratedRegex(@"(?:src|href|action|poster|data)\s*=\s*[""']?\s*(?!#)[a-z]+:", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalAttribute();

    private string Report(string ruleset, string data, params string[] series)
    {
        var path = Path.Combine(_folder, $"report-{Guid.NewGuid():N}.html");
        string[] args = ["--lang", "en", "report", ruleset, "--data", data, "--out", path, .. series.Length > 0 ? ["--rulesets", .. series] : Array.Empty<string>()];
        var (code, output, error) = CliRunner.Run(args);
        Assert.True(code == 0, error);
        Assert.Equal(string.Empty, output);
        return File.ReadAllText(path);
    }

    [Fact]
    public void The_report_has_every_section_in_one_file()
    {
        var html = Report(Edition(2022), RepositoryPaths.Sample2022, Edition(2022), Edition(2023), Edition(2024));

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("<table class=\"sortable\" id=\"ranking-table\">", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"profiles\">", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"profile-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("<line class=\"median\"", html, StringComparison.Ordinal);
        Assert.Contains("<line class=\"best\"", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"editions\">", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"slope\"", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"diffs\">", html, StringComparison.Ordinal);
        Assert.Contains("2022 → 2023", html, StringComparison.Ordinal);
        Assert.Contains("2023 → 2024", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"coverage\" id=\"coverage\">Coverage: ", html, StringComparison.Ordinal);
        Assert.Contains("Synthetic data, NOT real DTI results", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"node-id\">nt_01</span>", html, StringComparison.Ordinal);
        Assert.Contains("Thừa Thiên Huế", html, StringComparison.Ordinal);
        Assert.Contains("data-report-ready", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<style>"));
        Assert.Single(Regex.Matches(html, "<script>"));
    }

    [Fact]
    public void Without_a_series_the_report_leaves_out_the_editions_and_diffs()
    {
        var html = Report(Edition(2022), RepositoryPaths.Sample2022);

        Assert.Contains("<section id=\"ranking\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<section id=\"editions\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<section id=\"diffs\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_inputs_give_the_same_bytes_under_any_culture()
    {
        var path = Path.Combine(_folder, "report.html");
        string[] args = ["report", Edition(2022), "--data", RepositoryPaths.Sample2022, "--rulesets", Edition(2021), Edition(2022), "--out", path];
        Assert.Equal(0, CliRunner.Run(["--lang", "en", .. args]).ExitCode);
        var first = File.ReadAllBytes(path);
        Assert.Equal(0, CliRunner.RunUnder("vi-VN", args).ExitCode);
        var second = File.ReadAllBytes(path);
        Assert.Equal(0, CliRunner.RunUnder("sv-SE", args).ExitCode);

        Assert.Equal(first, second);
        Assert.Equal(first, File.ReadAllBytes(path));
        Assert.False(first.AsSpan().StartsWith("\uFEFF"u8), "the report must not start with a byte order mark");
    }

    [Fact]
    public void Labels_and_names_from_rulesets_and_data_are_escaped()
    {
        const string Hostile = "<script>alert('x')</script> & \"q\"";
        var ruleset = Path.Combine(_folder, "2022.dti");
        File.WriteAllText(ruleset, File.ReadAllText(Edition(2022))
            .Replace("\"Nhận thức số\"", $"\"{Hostile.Replace("\"", "\\\"", StringComparison.Ordinal)}\"", StringComparison.Ordinal));
        var data = Path.Combine(_folder, "data.csv");
        File.WriteAllText(data, "# note <img src=x onerror=alert(1)>\n" + string.Join('\n', File.ReadAllLines(RepositoryPaths.Sample2022).SkipWhile(l => l.StartsWith('#'))) + "\n");

        var html = Report(ruleset, data);

        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("note &lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<script>"));
    }

    [Fact]
    public void Nothing_is_loaded_from_outside_the_file()
    {
        var html = Report(Edition(2022), RepositoryPaths.Sample2022, Edition(2021), Edition(2022));

        Assert.DoesNotMatch(ExternalAttribute(), html);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("fetch(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("XMLHttpRequest", html, StringComparison.Ordinal);

        // Addresses may appear only as text a person reads (a ruleset's cited source), never in markup.
        foreach (Match address in Regex.Matches(html, "https?://[^\\s<\"']+"))
        {
            var before = html[..address.Index];
            Assert.True(before.LastIndexOf('>') > before.LastIndexOf('<'), $"{address.Value} stands inside a tag");
        }
    }
}
