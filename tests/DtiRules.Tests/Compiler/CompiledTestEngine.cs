using System.Globalization;
using System.Runtime.CompilerServices;
using DtiRules.Compiler;
using DtiRules.Data.Reports;
using DtiRules.Language.Binding;
using DtiRules.Scoring;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Compiler;

/// <summary>
/// The compiled engine as tests use it: the process's shared engine, kept in memory only, with
/// the shipped editions compiled together, so the suite compiles them once.
/// </summary>
internal static class CompiledTestEngine
{
    private static readonly Lazy<IReadOnlyList<BoundRuleset>> ShippedEditions = new(() =>
    {
        var editions = Directory.GetFiles(RepositoryPaths.Combine("rulesets", "dti-province"), "*.dti")
            .Order(StringComparer.Ordinal)
            .Select(path => RulesetCompilation.FromFile(path).Ruleset)
            .ToList();
        CompiledEngine.Shared.CompileTogether(editions);
        return editions;
    });

    /// <summary>Keeps compiled rulesets of the test run out of the user's cache folder.</summary>
    [ModuleInitializer]
    internal static void KeepCacheInMemory() => Environment.SetEnvironmentVariable(CompiledEngineOptions.NoDiskCacheVariable, "1");

    public static CompiledEngine Engine => CompiledEngine.Shared;

    /// <summary>Compiles every shipped edition in one compilation, once per test run.</summary>
    public static void CompileShippedEditions() => _ = ShippedEditions.Value;

    /// <summary>The CSV of every node, rank and flag, every diagnostic, the cohort arguments and the coverage: what must be identical across engines.</summary>
    public static string Render(ScoringResult result)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        CsvResultWriter.Write(result, writer);
        foreach (var diagnostic in result.Diagnostics)
        {
            writer.Write(diagnostic.ToString());
            writer.Write('\n');
        }

        for (var slot = 0; slot < result.Ruleset.CohortSlotCount; slot++)
        {
            writer.Write(result.CohortArgument(slot) is { } argument ? string.Join(";", argument) : "not evaluated");
            writer.Write('\n');
        }

        writer.Write(result.Coverage.Share.ToString(CultureInfo.InvariantCulture));
        writer.Write('\n');
        return writer.ToString();
    }

    /// <summary>Asserts both engines give the same rendering of <paramref name="data"/> under <paramref name="ruleset"/>.</summary>
    public static void AssertSameScores(BoundRuleset ruleset, ScoringData data)
    {
        var interpreted = Render(new Interpreter(ruleset).Score(data));
        var compiled = Render(Engine.GetScorer(ruleset).Score(data));
        Assert.Equal(interpreted, compiled);
    }
}
