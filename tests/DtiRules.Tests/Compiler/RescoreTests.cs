using CsCheck;
using DtiRules.Data.Binding;
using DtiRules.Data.Reading;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Schema;
using DtiRules.Language.Text;
using DtiRules.Scoring;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Compiler;

/// <summary>
/// A rescore computes again only what changed columns reach; whatever it reuses, its result must be
/// the one a full run of the changed data gives: every value, flag, rank, diagnostic, cohort argument
/// and the coverage, under both engines.
/// </summary>
public sealed class RescoreTests
{
    /// <summary>One change of a column: which field (by position among the ruleset's fields) and what happens to it.</summary>
    private sealed record Edit(int Field, int Kind, int Seed);

    private static readonly Gen<Edit[][]> Edits =
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, 3], Gen.Int[0, int.MaxValue], (field, kind, seed) => new Edit(field, kind, seed)).Array[1, 4].Array[1, 3];

    [Fact]
    public void Rescoring_the_2022_sample_after_changes_gives_what_a_full_run_gives()
    {
        CompiledTestEngine.CompileShippedEditions();
        var ruleset = RulesetCompilation.FromFile(RepositoryPaths.Ruleset2022).Ruleset;
        var data = Bind(ruleset, File.ReadAllBytes(RepositoryPaths.Sample2022), "provinces-2022.csv");
        Edits.Sample(chain => AssertRescoreIsFullRun(ruleset, data, chain), iter: 40);
    }

    [Theory]
    [MemberData(nameof(DifferentialTests.ScoringCases), MemberType = typeof(DifferentialTests))]
    public void Rescoring_a_corpus_case_after_changes_gives_what_a_full_run_gives(string caseFile)
    {
        var path = RepositoryPaths.Combine("tests", "cases", "500-scoring", caseFile);
        var ruleset = RulesetCompilation.Create(SourceText.From(File.ReadAllText(path), caseFile)).Ruleset;
        var dataPath = Path.ChangeExtension(path, ".csv");
        var data = Bind(ruleset, File.ReadAllBytes(dataPath), Path.GetFileName(dataPath));
        CompiledTestEngine.Engine.CompileTogether([ruleset]);
        Edits.Sample(chain => AssertRescoreIsFullRun(ruleset, data, chain), iter: 15);
    }

    [Fact]
    public void A_baseline_of_another_ruleset_is_refused()
    {
        var ruleset = RulesetCompilation.FromFile(RepositoryPaths.Ruleset2022).Ruleset;
        var other = RulesetCompilation.FromFile(RepositoryPaths.Ruleset2022).Ruleset;
        var data = Bind(ruleset, File.ReadAllBytes(RepositoryPaths.Sample2022), "provinces-2022.csv");

        Assert.Throws<ArgumentException>(() => new Interpreter(ruleset).Rescore(new Interpreter(other).Score(data), data));
    }

    [Fact]
    public void The_formulas_a_change_reaches_are_those_reading_it_and_the_outputs_above_it()
    {
        var ruleset = RulesetCompilation.FromFile(RepositoryPaths.Ruleset2022).Ruleset;
        var input = ruleset.Inputs.Single(i => i.Name == "ht_ho_cap_quang");
        var readers = ruleset.Nodes.Count(n => n.Formula is not null
            && BoundTreeChildren.DescendantsAndSelf(n.Formula).OfType<BoundInputReference>().Any(r => r.Input == input));
        string[] mainIndices = [.. ruleset.ScoredRoots.SelectMany(n => new[] { n.Name, n.Name + DataSchema.PointsSuffix })];

        // Every output reads the main indices (through total or by name); given main indices skip every node below them.
        Assert.Equal(readers + ruleset.Outputs.Count, ScoringRun.FormulasComputedAgain(ruleset, [input.Name]));
        Assert.Equal(ruleset.Outputs.Count, ScoringRun.FormulasComputedAgain(ruleset, mainIndices));
        Assert.Equal(0, ScoringRun.FormulasComputedAgain(ruleset, ["not_a_field"]));
    }

    private static void AssertRescoreIsFullRun(BoundRuleset ruleset, ScoringData data, Edit[][] chain)
    {
        IScorer[] scorers = [new Interpreter(ruleset), CompiledTestEngine.Engine.GetScorer(ruleset)];
        foreach (var scorer in scorers)
        {
            var current = data;
            var first = scorer.Score(data);
            var result = first;
            foreach (var edits in chain)
            {
                current = current.WithColumns(edits.Select(e => Change(ruleset, current, e)));
                result = scorer.Rescore(result, current);
                var full = CompiledTestEngine.Render(new Interpreter(ruleset).Score(current));
                Assert.Equal(full, CompiledTestEngine.Render(result));

                // From further back the data was not made from the baseline's by one change: its columns are compared one by one.
                Assert.Equal(full, CompiledTestEngine.Render(scorer.Rescore(first, current)));
            }
        }
    }

    /// <summary>
    /// Scales a column's values, removes it, or writes a new one with some cells missing, for any
    /// field the data may hold: a numeric input (yes/no and level cells hold codes), a mapping's
    /// source, a node's value or points, an output.
    /// </summary>
    private static KeyValuePair<string, IReadOnlyList<decimal?>?> Change(BoundRuleset ruleset, ScoringData data, Edit edit)
    {
        string[] fields =
        [
            .. ruleset.Inputs.Where(i => i.Type.IsNumeric).Select(i => i.Name),
            .. ruleset.Mappings.SelectMany(m => m.SourceFields),
            .. ruleset.Nodes.SelectMany(n => new[] { n.Name, n.Name + DataSchema.PointsSuffix }),
            .. ruleset.Outputs.Select(o => o.Name),
        ];
        var field = fields[edit.Field % fields.Length];
        var random = new Random(edit.Seed);
        var top = ruleset.Nodes.FirstOrDefault(n => n.Name + DataSchema.PointsSuffix == field)?.MaxPoints
            ?? (ruleset.Nodes.Any(n => n.Name == field) || ruleset.Outputs.Any(o => o.Name == field) ? 1m : 100m);
        data.TryGetColumn(field, out var old);
        decimal? Drawn() => random.Next(3) == 0 ? null : Math.Round(top * (decimal)random.NextDouble(), 4);
        IReadOnlyList<decimal?>? cells = edit.Kind switch
        {
            0 => [.. Enumerable.Range(0, data.Units.Count).Select(u => u < old.Count ? old[u] * (1m + (random.Next(-3, 4) / 10m)) : null)],
            1 => null,
            _ => [.. Enumerable.Range(0, data.Units.Count).Select(_ => Drawn())],
        };
        return new(field, cells);
    }

    private static ScoringData Bind(BoundRuleset ruleset, byte[] bytes, string name)
    {
        var bag = new DiagnosticBag();
        var raw = DatasetReader.Read(bytes, name, bag);
        return DatasetBinder.Bind(raw!, ruleset.Schema, UnitList.Provinces63, bag) ?? throw new InvalidOperationException(string.Join("\n", bag));
    }
}
