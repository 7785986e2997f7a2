using DtiRules.Cli;
using DtiRules.Cli.Output;
using DtiRules.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace DtiRules.Tests.Cli;

/// <summary>Paths appear in messages exactly as typed, Windows separators and drive letters included.</summary>
public sealed class WindowsPathTests
{
    [Fact]
    public void A_missing_ruleset_is_named_as_typed()
    {
        const string typed = @"C:\Users\An\Dữ liệu DTI\2024.dti";

        var (code, output, _) = CliRunner.Run("check", typed);

        Assert.Equal(ExitCodes.InputOutput, code);
        Assert.Equal($"{typed}: error DR4101: '{typed}' does not exist; check the path.\n1 error(s), 0 warning(s)\n", output);
    }

    [Fact]
    public void A_missing_dataset_is_named_as_typed_and_the_reason_names_no_other_path()
    {
        const string typed = @"D:\Sở TT&TT\so-lieu 2024.csv";

        var (code, _, error) = CliRunner.Run("score", RepositoryPaths.Ruleset2022, "--data", typed);

        Assert.Equal(ExitCodes.InputOutput, code);
        Assert.Equal($"{typed}: error DR4001: Cannot read the data file: the file does not exist; check the path and that no other program holds the file open.\n", error);
    }

    [Theory]
    [InlineData(@"C:\Users\An\Dữ liệu\2024.dti", "file:///C:/Users/An/D%E1%BB%AF%20li%E1%BB%87u/2024.dti")]
    [InlineData("c:/dti/2024.dti", "file:///c:/dti/2024.dti")]
    [InlineData(@"\\may-chu\chia se\2024.dti", "file://may-chu/chia%20se/2024.dti")]
    [InlineData("/home/an/dti/2024.dti", "file:///home/an/dti/2024.dti")]
    [InlineData(@"rulesets\dti-province\2024.dti", "rulesets/dti-province/2024.dti")]
    [InlineData("../quy tắc/2024.dti", "../quy%20t%E1%BA%AFc/2024.dti")]
    public void Sarif_locations_are_uris_of_the_typed_paths(string typed, string uri) => Assert.Equal(uri, ArtifactUri.From(typed));

    [Fact]
    public void Sarif_of_a_missing_windows_path_is_a_file_uri()
    {
        var (_, output, _) = CliRunner.Run("check", @"C:\DTI\quy tắc\2024.dti", "--format", "sarif");

        var location = JObject.Parse(output)["runs"]![0]!["results"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!;
        Assert.Equal("file:///C:/DTI/quy%20t%E1%BA%AFc/2024.dti", (string?)location["uri"]);
    }
}
