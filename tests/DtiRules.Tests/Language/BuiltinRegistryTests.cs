using System.Globalization;
using System.Text;
using DtiRules.Compiler;
using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Builtins;
using DtiRules.Scoring;
using DtiRules.Tests.Compiler;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Language;

/// <summary>
/// Every built-in and operator is one record: each has its implementation where compiled code can
/// call it, and each worked example runs through both engines and gives the value it states.
/// </summary>
public sealed class BuiltinRegistryTests
{
    private const string Header = """
        ruleset examples edition 2022 { title "Ví dụ" basis "test" unit province scale 10 round 10 missing zero }
        """;

    public static TheoryData<string, int> ScalarExamples() => Examples(BuiltinFunctions.Scalar.Select(f => (f.Name, f.Examples.Count)));

    public static TheoryData<string, int> CohortExamples() => Examples(BuiltinFunctions.Cohort.Select(f => (f.Name, f.Examples.Count)));

    public static TheoryData<string, int> OperatorExamples() => Examples(BinaryOperators.All.Select(o => (o.Symbol, o.Examples.Count)));

    [Fact]
    public void Every_operator_kind_has_exactly_one_record()
    {
        var kinds = Enum.GetValues<BoundBinaryOperatorKind>();
        Assert.Equal(kinds.Length, BinaryOperators.All.Count);
        Assert.All(kinds, kind => Assert.Equal(kind, BinaryOperators.Of(kind).Kind));
        Assert.Equal(BinaryOperators.All.Count, BinaryOperators.All.Select(o => o.Syntax).Distinct().Count());
    }

    [Fact]
    public void Names_are_unique_and_every_function_and_operator_has_an_example()
    {
        Assert.Equal(BuiltinFunctions.All.Count, BuiltinFunctions.All.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(BuiltinFunctions.All, f => Assert.Same(f, BuiltinFunctions.Find(f.Name)));
        Assert.All(BuiltinFunctions.Scalar, f => Assert.NotEmpty(f.Examples));
        Assert.All(BuiltinFunctions.Cohort, f => Assert.NotEmpty(f.Examples));
        Assert.All(BinaryOperators.All, o => Assert.NotEmpty(o.Examples));
        Assert.Null(BuiltinFunctions.Find("value"));
    }

    [Fact]
    public void Implementations_are_static_methods_of_the_classes_compiled_code_may_call()
    {
        var methods = BuiltinFunctions.Scalar.Select(f => f.Method).Concat(BinaryOperators.All.Select(o => o.Method)).ToList();
        Assert.All(methods, m => Assert.True(m.IsStatic && m.IsPublic, $"{m.Name} must be public and static"));
        Assert.All(methods, m => Assert.Contains(m.DeclaringType, new[] { typeof(ScalarFunctions), typeof(Operators) }));
    }

    [Theory]
    [MemberData(nameof(ScalarExamples))]
    public void Scalar_function_example_gives_its_value_under_both_engines(string name, int example)
    {
        var function = (ScalarBuiltin)BuiltinFunctions.Find(name)!;
        var worked = function.Examples[example];
        var arguments = worked.Arguments.Select((value, i) =>
            function.Parameters[function.IsVariadic ? 0 : i].Kind == ParameterKind.Decimals ? Text(value!.Value) : $"a{i}");
        AssertOutcome(NumberInputs(worked.Arguments), $"{name}({string.Join(", ", arguments)})", worked);
    }

    [Theory]
    [MemberData(nameof(OperatorExamples))]
    public void Operator_example_gives_its_value_under_both_engines(string symbol, int example)
    {
        var binary = BinaryOperators.All.Single(o => o.Symbol == symbol);
        var worked = binary.Examples[example];
        var (inputs, formula) = binary.Family switch
        {
            OperatorFamily.Arithmetic => (NumberInputs(worked.Arguments), $"a0 {symbol} a1"),
            OperatorFamily.Comparison => (NumberInputs(worked.Arguments), $"if a0 {symbol} a1 then 1 else 0"),
            OperatorFamily.Logical => ("input a0: yesno \"a0\"\ninput a1: yesno \"a1\"", $"if a0 {symbol} a1 then 1 else 0"),
        };
        AssertOutcome(inputs, formula, worked);
    }

    [Theory]
    [MemberData(nameof(CohortExamples))]
    public void Cohort_function_example_gives_its_value_for_every_unit_under_both_engines(string name, int example)
    {
        var worked = BuiltinFunctions.Cohort.Single(f => f.Name == name).Examples[example];
        var ruleset = Compile.Clean(Ruleset("input x: number \"x\"", $"{name}(x)"));
        var data = Data(worked.Column.Count, ("x", [.. worked.Column]));
        foreach (var result in BothEngines(ruleset, data))
        {
            var output = result.Ruleset.FindOutput("o")!;
            Assert.Equal(worked.Results, Enumerable.Range(0, worked.Column.Count).Select(u => result.OutputValue(output, u)));
            Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        }
    }

    [Fact]
    public void The_language_reference_lists_every_built_in_from_the_registry()
    {
        const string Start = "<!-- Built-ins: generated from the registry by BuiltinRegistryTests; regenerate with DTIRULES_UPDATE_SNAPSHOTS=1. -->";
        const string End = "<!-- End of the generated built-ins. -->";
        var path = RepositoryPaths.Combine("docs", "language.md");
        var page = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var from = page.IndexOf(Start, StringComparison.Ordinal);
        var to = page.IndexOf(End, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"docs/language.md must hold the markers {Start} and {End}.");
        Snapshot.Match(page[..(from + Start.Length)] + "\n" + BuiltinReference.Markdown() + page[to..], path);
    }

    private static TheoryData<string, int> Examples(IEnumerable<(string Name, int Count)> entries)
    {
        var data = new TheoryData<string, int>();
        foreach (var (name, count) in entries)
        {
            for (var i = 0; i < count; i++)
            {
                data.Add(name, i);
            }
        }

        return data;
    }

    private static void AssertOutcome(string inputs, string formula, ValueExample worked)
    {
        var ruleset = Compile.Clean(Ruleset(inputs, formula));
        var data = Data(1, [.. worked.Arguments.Select((value, i) => ($"a{i}", new[] { value }))]);
        foreach (var result in BothEngines(ruleset, data))
        {
            Assert.Equal(worked.Result, result.OutputValue(result.Ruleset.FindOutput("o")!, 0));
            var expectedCodes = worked.Failure switch
            {
                ScoringFailure.None => Array.Empty<string>(),
                ScoringFailure.DivisionByZero => ["DR3003"],
                ScoringFailure.Overflow => ["DR3004"],
            };
            Assert.Equal(expectedCodes, result.Diagnostics.Where(d => d.IsError).Select(d => d.Code));
        }
    }

    private static IEnumerable<ScoringResult> BothEngines(DtiRules.Language.Binding.BoundRuleset ruleset, ScoringData data)
    {
        CompiledTestEngine.AssertSameScores(ruleset, data);
        yield return new Interpreter(ruleset).Score(data);
        yield return CompiledTestEngine.Engine.GetScorer(ruleset).Score(data);
    }

    private static string NumberInputs(IReadOnlyList<decimal?> arguments) =>
        string.Join("\n", arguments.Select((_, i) => $"input a{i}: number \"a{i}\""));

    private static string Ruleset(string inputs, string formula) => $$"""
        {{Header}}
        {{inputs}}
        node n "N" max 10 { assumed "x" score = 10 }
        output o "O" { documented "x" value = {{formula}} }
        index dti "DTI" { documented "x" }
        """;

    private static ScoringData Data(int units, params (string Field, decimal?[] Cells)[] columns) =>
        new([.. Enumerable.Range(0, units).Select(u => new UnitIdentity(u.ToString("00", CultureInfo.InvariantCulture), "Đơn vị " + u.ToString(CultureInfo.InvariantCulture)))],
            columns.ToDictionary(c => c.Field, c => c.Cells));

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
