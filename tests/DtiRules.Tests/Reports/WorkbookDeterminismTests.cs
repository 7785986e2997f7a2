using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Reports;

public sealed class WorkbookDeterminismTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dti-xlsx-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_same_result_gives_the_same_workbook_bytes_under_any_culture()
    {
        var first = Path.Combine(_folder, "first.xlsx");
        var second = Path.Combine(_folder, "second.xlsx");
        Assert.Equal(0, CliRunner.RunUnder("vi-VN", "score", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--out", first).ExitCode);
        Assert.Equal(0, CliRunner.RunUnder("en-US", "score", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--out", second).ExitCode);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }
}
