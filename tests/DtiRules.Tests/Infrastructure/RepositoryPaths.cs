namespace DtiRules.Tests.Infrastructure;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DtiRules.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DtiRules.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Ruleset2022 => Combine("rulesets", "dti-province", "2022.dti");

    public static string Sample2022 => Combine("data", "sample", "provinces-2022.csv");
}
