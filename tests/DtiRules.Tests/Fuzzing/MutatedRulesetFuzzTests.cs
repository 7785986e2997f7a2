using CsCheck;
using DtiRules.Data.Binding;
using DtiRules.Data.Reading;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Editions;
using DtiRules.Scoring;
using DtiRules.Language.Text;
using DtiRules.Tests.Compiler;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Fuzzing;

/// <summary>
/// The shipped province editions with random edits, checked and, when they still check clean,
/// scored on their sample by both engines. Invariants: no exception, no hang, every diagnostic
/// about the edited text points at a line and column inside it, and the engines agree.
/// </summary>
public sealed class MutatedRulesetFuzzTests
{
    private static readonly string Folder = RepositoryPaths.Combine("rulesets", "dti-province");

    private static readonly (string Path, string Text, string Sample)[] Editions =
        [.. new[] { 2020, 2021, 2022, 2023, 2024 }.Select(year => (
            Path.Combine(Folder, $"{year}.dti"),
            File.ReadAllText(Path.Combine(Folder, $"{year}.dti")),
            RepositoryPaths.Combine("data", "sample", $"provinces-{year}.csv")))];

    private static readonly Gen<(int Edition, TextMutation[] Edits)> Mutants =
        Gen.Select(Gen.Int[0, Editions.Length - 1], TextMutation.Several(4));

    [Fact]
    public void Edited_editions_check_with_positioned_diagnostics_and_score_alike_in_both_engines() =>
        FuzzBudget.Check("rulesets", Mutants, mutant =>
        {
            var (path, original, sample) = Editions[mutant.Edition];
            var text = mutant.Edits.Aggregate(original, (t, edit) => edit.Apply(t));
            var compilation = RulesetCompilation.Create(SourceText.From(text, path), new FolderRulesetLocator(Folder));
            AssertPositionedInside(compilation.Diagnostics, path, text);
            if (!compilation.HasErrors)
            {
                AssertEnginesAgree(compilation.Ruleset, DatasetReader.Read(sample, new DiagnosticBag())!);
            }
        }, suiteInputs: 60);

    /// <summary>Every diagnostic in the edited file has a line and column within it; ruleset problems always have a place.</summary>
    internal static void AssertPositionedInside(IEnumerable<Diagnostic> diagnostics, string path, string text)
    {
        var lines = text.Split('\n');
        foreach (var diagnostic in diagnostics.Where(d => d.Location?.Path == path))
        {
            var location = diagnostic.Location!;
            Assert.True(location.Line >= 1 && location.Line <= lines.Length, $"{diagnostic} is not on a line of the file");
            Assert.True(location.Column >= 1 && location.Column <= lines[location.Line - 1].Length + 1, $"{diagnostic} is not on a column of its line");
        }
    }

    /// <summary>Scores <paramref name="raw"/> with the interpreter and the compiled engine, when it binds, and compares every figure, flag and diagnostic.</summary>
    internal static void AssertEnginesAgree(BoundRuleset ruleset, RawDataset raw)
    {
        if (DatasetBinder.Bind(raw, ruleset.Schema, UnitList.Provinces63, new DiagnosticBag(), UnknownFields.Ignore) is not { } data)
        {
            return;
        }

        var interpreted = CompiledTestEngine.Render(new Interpreter(ruleset).Score(data));
        var compiled = CompiledTestEngine.Render(CompiledTestEngine.Engine.GetScorer(ruleset).Score(data));
        Assert.Equal(interpreted, compiled);
    }
}
