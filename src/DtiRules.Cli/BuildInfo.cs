using System.Reflection;
using DtiRules.Cli.Resources;
using DtiRules.Compiler;

namespace DtiRules.Cli;

/// <summary>What build of <c>dti</c> runs: its version, the commit it was built from, and the engine version.</summary>
internal static class BuildInfo
{
    private static readonly string InformationalVersion =
        typeof(BuildInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The version, e.g. <c>0.1.0</c>.</summary>
    public static string Version => InformationalVersion.Split('+')[0];

    /// <summary>The git commit the SDK stamped at build time, or a note that the build had none (built outside a clone).</summary>
    public static string Commit => InformationalVersion.Split('+') is [_, var commit, ..] && commit.Length > 0 ? commit : Texts.Output.Get(nameof(OutputText.CommitUnknown));

    /// <summary>The three lines <c>dti --version</c> prints.</summary>
    public static string Describe() => $"dti {Version}\n{Texts.Output.Format(nameof(OutputText.CommitLine), Commit)}\n{Texts.Output.Format(nameof(OutputText.EngineLine), CompiledEngine.Version)}\n";
}
