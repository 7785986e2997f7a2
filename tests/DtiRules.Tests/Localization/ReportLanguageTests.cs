using System.Net;
using System.Text.RegularExpressions;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Localization;

/// <summary>
/// The HTML report in Vietnamese, in English and in the pseudo language: the language of the page,
/// its text in the language asked for, the same numbers (bar the decimal mark), numbers the sorting
/// script reads without a comma, and no word a person reads that was written outside the resources.
/// </summary>
public sealed partial class ReportLanguageTests : IDisposable
{
    private static readonly string Rulesets = RepositoryPaths.Combine("rulesets", "dti-province");
    private readonly string _folder = Directory.CreateTempSubdirectory("dti-report-lang-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Edition(int year) => Path.Combine(Rulesets, $"{year}.dti");

    private static string[] Arguments(string output) =>
    [
        "report", Edition(2022), "--data", RepositoryPaths.Sample2022, "--rulesets", Edition(2022), Edition(2023),
        "--unit", "Hà Nội", "--sensitivity", "20", "--out", output,
    ];

    private static readonly string[] Inputs = [Edition(2021), Edition(2022), Edition(2023), RepositoryPaths.Sample2022];

    private string Write(string language)
    {
        var output = Path.Combine(_folder, $"report.{language}.html");
        var (code, _, error) = CliRunner.Run(["--lang", language, .. Arguments(output)]);
        Assert.True(code == 0, error);
        return File.ReadAllText(output);
    }

    [Fact]
    public void The_vietnamese_report_reads_vietnamese_and_the_english_one_english()
    {
        var vietnamese = Write("vi");
        var english = Write("en");

        Assert.Contains("<html lang=\"vi\">", vietnamese, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        foreach (var (vi, en) in new[] { ("Bảng xếp hạng", "Ranking"), ("trung vị của tất cả đơn vị", "median of all units"), ("Nhấn vào tiêu đề cột", "Click a column header"), ("Độ ổn định của thứ hạng", "How firm each rank is") })
        {
            Assert.Contains(vi, vietnamese, StringComparison.Ordinal);
            Assert.DoesNotContain(en, vietnamese, StringComparison.Ordinal);
            Assert.Contains(en, english, StringComparison.Ordinal);
            Assert.DoesNotContain(vi, english, StringComparison.Ordinal);
        }

        Assert.Matches(PointsLeftVietnamese(), vietnamese);
        Assert.Matches(PointsLeftEnglish(), english);
    }

    [Fact]
    public void Both_languages_show_the_same_numbers_and_sort_by_invariant_ones()
    {
        var vietnamese = Write("vi");
        var english = Write("en");

        var viCells = Cells(vietnamese);
        var enCells = Cells(english);
        Assert.Equal(enCells.Count, viCells.Count);
        Assert.Contains(viCells, c => DecimalComma().IsMatch(c.Text));
        for (var i = 0; i < enCells.Count; i++)
        {
            if (Number().IsMatch(enCells[i].Text))
            {
                Assert.Equal(enCells[i].Text.Replace('.', ','), viCells[i].Text);

                // A number the reader sees with a comma carries the English text for the sorting script.
                Assert.Equal(enCells[i].Text.Contains('.', StringComparison.Ordinal) ? enCells[i].Text : null, viCells[i].Sort);
            }
        }

        Assert.Contains(enCells, c => Number().IsMatch(c.Text) && c.Text.Contains('.', StringComparison.Ordinal));
        // Data texts (labels, reasons) write "7,5" in both pages, so both sides are read with either mark.
        Assert.Equal(Numbers(english).Select(n => n.Replace(',', '.')), Numbers(vietnamese).Select(n => n.Replace(',', '.')));
    }

    [Fact]
    public async Task In_the_pseudo_language_every_word_the_reader_sees_is_translated_or_data()
    {
        var output = Path.Combine(_folder, "report.pseudo.html");
        var (code, _, error) = await PseudoLocale.Run(Arguments(output));
        Assert.True(code == 0, error);

        var text = VisibleText(File.ReadAllText(output));

        Assert.Contains("⟦", text, StringComparison.Ordinal);
        Assert.Empty(PseudoLocale.UntranslatedLines(text, Inputs, "dti", "report", "Shapley"));
    }

    /// <summary>
    /// The text a person reads: without the style and the script (which writes no text) and without
    /// tags, entities decoded, one line per element. The data's own notes (written by whoever made
    /// the file) and change-kind ids are left out: they are data, not text of the tool.
    /// </summary>
    private static string VisibleText(string html)
    {
        html = StyleOrScript().Replace(html, string.Empty);
        html = DataNotText().Replace(html, string.Empty);
        html = InlineTag().Replace(html, " ");
        html = Tag().Replace(html, "\n");
        return WebUtility.HtmlDecode(html);
    }

    private static List<(string Text, string? Sort)> Cells(string html) =>
        [.. Cell().Matches(html).Select(m => (WebUtility.HtmlDecode(m.Groups["text"].Value), m.Groups["sort"].Success ? m.Groups["sort"].Value : null))];

    /// <summary>The numbers of the visible text, in order, each as written.</summary>
    private static List<string> Numbers(string html) =>
        [.. NumberInText().Matches(WebUtility.HtmlDecode(Tag().Replace(StyleOrScript().Replace(html, string.Empty), " "))).Select(m => m.Value)];

    [GeneratedRegex(@"<(style|script)>.*?</\1>", RegexOptions.Singleline)]
    private static partial Regex StyleOrScript();

    [GeneratedRegex(@"<ul class=""notes"">.*?</ul>|<td class=""text"">[a-z_\-]+</td>", RegexOptions.Singleline)]
    private static partial Regex DataNotText();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    /// <summary>Tags inside a sentence (emphasis, a link, a code), which do not end a line of text.</summary>
    [GeneratedRegex("</?(?:strong|code|a|em|span)(?: [^>]*)?>")]
    private static partial Regex InlineTag();

    [GeneratedRegex(@"<td(?: class=""[^""]*"")?(?: data-sort=""(?<sort>[^""]*)"")?>(?<text>[^<]*)</td>")]
    private static partial Regex Cell();

    [GeneratedRegex(@"\d,\d")]
    private static partial Regex DecimalComma();

    [GeneratedRegex(@"^[+\-]?\d+(\.\d+)?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"\d+(?:[.,]\d+)?")]
    private static partial Regex NumberInText();

    [GeneratedRegex(@"<span class=""left"">−\d+(,\d+)? điểm chưa đạt</span>")]
    private static partial Regex PointsLeftVietnamese();

    [GeneratedRegex(@"<span class=""left"">−\d+(\.\d+)? left</span>")]
    private static partial Regex PointsLeftEnglish();
}
