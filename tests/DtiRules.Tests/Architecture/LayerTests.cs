using System.Reflection;
using System.Xml.Linq;
using DtiRules.Analysis.Explain;
using DtiRules.Cli;
using DtiRules.Compiler;
using DtiRules.Data.Reading;
using DtiRules.Language.Binding;
using DtiRules.LanguageServer;
using DtiRules.Scoring;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Architecture;

/// <summary>
/// The layers hold: Language → Scoring → Analysis → IO → command line. An assembly may refer to its
/// own layer and the ones before it, never to a later one, in its project file or in its metadata.
/// </summary>
public sealed class LayerTests
{
    /// <summary>Each project of src/, by its folder name, and its layer (0 first).</summary>
    private static readonly Dictionary<string, int> LayerOfProject = new(StringComparer.Ordinal)
    {
        ["DtiRules.Language"] = 0,
        ["DtiRules.Scoring"] = 1,
        ["DtiRules.Compiler"] = 1,
        ["DtiRules.Analysis"] = 2,
        ["DtiRules.Data"] = 3,
        ["DtiRules.Cli"] = 4,
        ["DtiRules.LanguageServer"] = 4,
        ["DtiRules.SampleData"] = 4,
    };

    /// <summary>One type of each assembly whose metadata is read (the CLI's assembly is named dti).</summary>
    private static readonly Dictionary<string, (Assembly Assembly, string Project)> Assemblies = new[]
    {
        (typeof(BoundRuleset).Assembly, "DtiRules.Language"),
        (typeof(ScoringResult).Assembly, "DtiRules.Scoring"),
        (typeof(CompiledEngine).Assembly, "DtiRules.Compiler"),
        (typeof(ExplanationBuilder).Assembly, "DtiRules.Analysis"),
        (typeof(DatasetReader).Assembly, "DtiRules.Data"),
        (typeof(DtiApp).Assembly, "DtiRules.Cli"),
        (typeof(LanguageServerHost).Assembly, "DtiRules.LanguageServer"),
    }.ToDictionary(p => p.Item1.GetName().Name!, p => (p.Item1, p.Item2), StringComparer.Ordinal);

    public static TheoryData<string> Projects() => [.. LayerOfProject.Keys];

    [Fact]
    public void Every_project_of_src_has_a_layer()
    {
        var projects = Directory.GetDirectories(RepositoryPaths.Combine("src"))
            .Where(d => File.Exists(Path.Combine(d, Path.GetFileName(d) + ".csproj")))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);
        Assert.Equal(LayerOfProject.Keys.Order(StringComparer.Ordinal), projects);
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void A_project_file_refers_to_no_later_layer(string project)
    {
        var file = RepositoryPaths.Combine("src", project, project + ".csproj");
        var referenced = XDocument.Load(file).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();
        Assert.All(referenced, name => Assert.True(
            LayerOfProject.TryGetValue(name, out var layer) && layer <= LayerOfProject[project],
            $"{project} (layer {LayerOfProject[project]}) refers to {name} (layer {(LayerOfProject.TryGetValue(name, out var l) ? l : -1)})"));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void An_assembly_refers_to_no_later_layer(string project)
    {
        // The sample-data tool is an executable the tests do not load; its project file is checked above.
        var loaded = Assemblies.Values.Where(a => a.Project == project).ToList();
        Assert.True(loaded.Count == 1 || project == "DtiRules.SampleData", $"{project} is not loaded by the test");
        foreach (var (assembly, _) in loaded)
        {
            foreach (var reference in assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(Assemblies.ContainsKey))
            {
                var layer = LayerOfProject[Assemblies[reference].Project];
                Assert.True(layer <= LayerOfProject[project], $"{project} (layer {LayerOfProject[project]}) refers to {reference} (layer {layer})");
            }
        }
    }

    [Fact]
    public void The_scoring_layer_reads_the_language_only()
    {
        // The run and its results must not see the writers, the analyses or the engines' choice.
        var references = typeof(ScoringResult).Assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(n => n.StartsWith("DtiRules", StringComparison.Ordinal));
        Assert.Equal(["DtiRules.Language"], references);
    }
}
