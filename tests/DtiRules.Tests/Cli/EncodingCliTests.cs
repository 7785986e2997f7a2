using System.Text;
using DtiRules.Tests.Infrastructure;
using DtiRules.Tests.Text;

namespace DtiRules.Tests.Cli;

/// <summary>The files of Vietnamese offices: rulesets and data saved in Windows-1258, UTF-16 or legacy fonts.</summary>
public sealed class EncodingCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dti-encoding-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Save(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Sample => File.ReadAllText(RepositoryPaths.Sample2022, Encoding.UTF8);

    [Fact]
    public void The_sample_scores_the_same_from_windows_1258_and_from_excel_unicode_text()
    {
        var expected = CliRunner.Run("score", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--format", "csv");
        Assert.True(expected.ExitCode == 0, expected.Error);
        var ansi = Save("so-lieu-1258.csv", VietnameseEncoders.ToWindows1258(Sample));
        var unicodeText = Save("so-lieu.txt", Encoding.Unicode.GetBytes(Sample.Replace(',', '\t')));

        foreach (var data in new[] { ansi, unicodeText })
        {
            var (code, output, error) = CliRunner.Run("score", RepositoryPaths.Ruleset2022, "--data", data, "--format", "csv");
            Assert.True(code == 0, error);
            Assert.Equal(expected.Out, output);
        }
    }

    [Fact]
    public void A_windows_1258_ruleset_checks_and_scores_as_its_utf8_original()
    {
        var ruleset = Save("2022.dti", VietnameseEncoders.ToWindows1258(File.ReadAllText(RepositoryPaths.Ruleset2022, Encoding.UTF8)));

        Assert.Equal((0, "0 error(s), 0 warning(s)\n"), (CliRunner.Run("check", ruleset).ExitCode, CliRunner.Run("check", ruleset).Out));
        Assert.Equal(
            CliRunner.Run("score", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022).Out,
            CliRunner.Run("score", ruleset, "--data", RepositoryPaths.Sample2022).Out);
    }

    [Fact]
    public void Legacy_font_labels_in_a_ruleset_are_warned_about_on_their_line()
    {
        var text = File.ReadAllText(RepositoryPaths.Ruleset2022, Encoding.UTF8);
        var label = "Nhận thức số";
        var line = text[..text.IndexOf(label, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var column = text.Split('\n')[line - 1].IndexOf(label, StringComparison.Ordinal) + 1;
        var ruleset = Save("legacy.dti", Encoding.UTF8.GetBytes(text.Replace(label, VietnameseEncoders.ToTcvn3(label.ToLowerInvariant()), StringComparison.Ordinal)));

        var (code, output, _) = CliRunner.Run("check", ruleset);

        Assert.Equal(0, code);
        var lines = output.Split('\n');
        Assert.Equal($"{ruleset}({line},{column}): warning DR0012: 'nhËn thøc sè' is Vietnamese typed in the TCVN3 (ABC) font encoding and reads 'nhận thức số'; convert it to Unicode (for example with UniKey's converter) or retype it.", lines[0]);
        var labelled = text.Split('\n').Count(l => l.Contains(label, StringComparison.Ordinal));
        Assert.Equal(labelled, lines.Count(l => l.Contains(": warning DR0012: 'nhËn thøc sè'", StringComparison.Ordinal)));
        Assert.Equal($"0 error(s), {labelled} warning(s)", lines[^2]);
    }

    [Fact]
    public void A_dataset_in_no_known_encoding_is_refused_with_how_to_save_it_as_utf8()
    {
        var data = Save("so-lieu.csv", CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("unit,nt_so_cuoc_hop\nMünchen,1\n"));

        var (code, _, error) = CliRunner.Run("score", RepositoryPaths.Ruleset2022, "--data", data);

        Assert.Equal(1, code);
        Assert.Equal(
            $"{data}(2,2): error DR4003: byte 0xFC on line 2 is not UTF-8, and read as Windows-1258 the file is not Vietnamese ('München' on line 2); save the file as UTF-8: in Excel, File > Save As > 'CSV UTF-8 (Comma delimited) (*.csv)'; in Notepad, Save As with encoding UTF-8.\n",
            error);
    }
}
