using System.Diagnostics;
using System.Xml.Linq;
using DtiRules.Compiler;
using DtiRules.Language.Builtins;
using DtiRules.Scoring;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Cli;

public sealed class VersionCliTests
{
    private static string RepositoryVersion =>
        XDocument.Load(RepositoryPaths.Combine("Directory.Build.props")).Descendants("Version").Single().Value;

    // The commit the checkout is at, when git can tell (a clone); null in a copy without .git.
    private static string? HeadCommit()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "rev-parse HEAD")
            {
                WorkingDirectory = RepositoryPaths.Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    [Fact]
    public void Version_prints_the_version_the_commit_and_the_engine_version()
    {
        var (code, output, error) = CliRunner.Run("--version");

        Assert.True(code == 0, error);
        var engine = $"{typeof(Operators).Assembly.ManifestModule.ModuleVersionId:N}/{typeof(IColumnEvaluator).Assembly.ManifestModule.ModuleVersionId:N}/{typeof(CompiledEngine).Assembly.ManifestModule.ModuleVersionId:N}";
        var commit = HeadCommit() ?? "unknown (built without git)";
        Assert.Equal($"dti {RepositoryVersion}\ncommit {commit}\nengine {engine}\n", output);
    }
}
