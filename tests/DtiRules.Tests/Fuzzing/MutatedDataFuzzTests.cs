using System.Text;
using CsCheck;
using DtiRules.Data.Reading;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Diagnostics;
using DtiRules.Tests.Compiler;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Fuzzing;

/// <summary>
/// The sample data and the unit list with random edits, saved in the encodings offices use, read,
/// bound and scored. Invariants: no exception, no hang, every diagnostic names the file, a NUL
/// that makes the file unreadable is reported at its line and column, and both engines agree on
/// whatever data binds.
/// </summary>
public sealed class MutatedDataFuzzTests
{
    private static readonly string SamplePath = RepositoryPaths.Sample2022;
    private static readonly string SampleText = File.ReadAllText(SamplePath);
    private static readonly string UnitsPath = RepositoryPaths.Combine("data", "units", "provinces-63.csv");
    private static readonly string UnitsText = File.ReadAllText(UnitsPath);

    private static readonly Lazy<BoundRuleset> Ruleset2022 = new(() =>
    {
        CompiledTestEngine.CompileShippedEditions();
        return RulesetCompilation.FromFile(RepositoryPaths.Ruleset2022).Ruleset;
    });

    /// <summary>UTF-8, UTF-8 with a byte order mark, and UTF-16 with one (Excel's "Unicode text").</summary>
    private static readonly Func<string, byte[]>[] Savers =
    [
        Encoding.UTF8.GetBytes,
        text => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        text => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
    ];

    private static readonly Gen<Func<string, byte[]>> Encodings = Gen.Int[0, Savers.Length - 1].Select(i => Savers[i]);

    private static Gen<(string Text, byte[] Bytes)> Mutants(string original) =>
        Gen.Select(TextMutation.Several(5), Encodings, (edits, encode) =>
        {
            var text = edits.Aggregate(original, (t, edit) => edit.Apply(t));
            return (text, encode(text));
        });

    [Fact]
    public void Edited_datasets_read_with_located_diagnostics_and_score_alike_in_both_engines() =>
        FuzzBudget.Check("datasets", Mutants(SampleText), mutant =>
        {
            var diagnostics = new DiagnosticBag();
            var raw = DatasetReader.Read(mutant.Bytes, SamplePath, diagnostics);
            AssertLocated(diagnostics, SamplePath, mutant.Text);
            if (raw is not null)
            {
                MutatedRulesetFuzzTests.AssertEnginesAgree(Ruleset2022.Value, raw);
            }
        }, suiteInputs: 150);

    [Fact]
    public void Edited_unit_lists_read_with_located_diagnostics() =>
        FuzzBudget.Check("unit lists", Mutants(UnitsText), mutant =>
        {
            var diagnostics = new DiagnosticBag();
            UnitListReader.Read(mutant.Bytes, UnitsPath, UnitKinds.Province, diagnostics);
            AssertLocated(diagnostics, UnitsPath, mutant.Text);
        }, suiteInputs: 150);

    /// <summary>Every diagnostic names the file; a file refused for a NUL byte is refused at the NUL.</summary>
    private static void AssertLocated(DiagnosticBag diagnostics, string path, string text)
    {
        Assert.All(diagnostics, d => Assert.Equal(path, d.Location?.Path));
        if (diagnostics.FirstOrDefault(d => d.Message.Contains("NUL byte", StringComparison.Ordinal)) is { } nul)
        {
            var before = text[..text.IndexOf('\0', StringComparison.Ordinal)];
            var line = before.Count(c => c == '\n') + 1;
            var column = before.Length - (before.LastIndexOf('\n') + 1) + 1;
            Assert.Equal((line, column), (nul.Location!.Line, nul.Location.Column));
        }
    }
}
