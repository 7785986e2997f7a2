namespace DtiRules.Tests.Data;

public sealed class UnitListFilesTests
{
    [Theory]
    [InlineData("provinces-63.csv")]
    [InlineData("provinces-34.csv")]
    public void The_published_copy_matches_the_embedded_list(string file)
    {
        var root = RepositoryRoot();
        var published = File.ReadAllText(Path.Combine(root, "data", "units", file));
        var embedded = File.ReadAllText(Path.Combine(root, "src", "DtiRules.Data", "Units", "Lists", file));
        Assert.Equal(embedded, published);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DtiRules.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return directory.FullName;
    }
}
