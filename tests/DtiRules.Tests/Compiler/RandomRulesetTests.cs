using System.Globalization;
using CsCheck;
using DtiRules.Language.Binding;
using DtiRules.Language.Text;
using DtiRules.Scoring;

namespace DtiRules.Tests.Compiler;

/// <summary>
/// Random small rulesets (written as text, so they go through the parser and checker) and random
/// datasets with missing cells and given values: both engines must agree on every result and
/// diagnostic. The check runs inside the property, so CsCheck shrinks a disagreement to the
/// smallest ruleset and dataset that still show it.
/// </summary>
public sealed class RandomRulesetTests
{
    private const int Cases = 80;

    private static readonly string[] Policies = ["error", "zero", "exclude", "mean"];
    private static readonly string[] CohortFunctions = ["cohort_max", "cohort_min", "cohort_mean", "cohort_median", "cohort_rank", "cohort_percentile", "minmax", "relative_to_best"];
    private static readonly string[] UnitNames = ["Hà Nội", "Huế", "Đà Nẵng", "Cần Thơ", "Lào Cai", "Cà Mau"];
    private static readonly string[] Leaves = ["n0", "n1a", "n1b", "n2"];

    private static Gen<string> Policy => Gen.OneOf(Policies.Select(p => Gen.Const(p)).ToArray());

    private static Gen<string> Literal => Gen.OneOf(Gen.Int[0, 20].Select(i => i.ToString(CultureInfo.InvariantCulture)), Gen.Int[0, 99].Select(i => "0." + i.ToString("00", CultureInfo.InvariantCulture)));

    private static Gen<string> Number(int depth, IReadOnlyList<string> nodes, bool cohortAllowed)
    {
        var atoms = new List<Gen<string>> { Literal, Gen.Const("i0"), Gen.Const("i1"), Gen.Const("i2") };
        atoms.AddRange(nodes.Select(n => Gen.Const(n)));
        atoms.AddRange(nodes.Select(n => Gen.Const($"value({n})")));
        var atom = Gen.OneOf([.. atoms]);
        if (depth == 0)
        {
            return atom;
        }

        var a = Number(depth - 1, nodes, cohortAllowed);
        var b = Number(depth - 1, nodes, cohortAllowed);
        var plain = Number(depth - 1, nodes, cohortAllowed: false);
        var choices = new List<(int, IGen<string>)>
        {
            (6, atom),
            (4, Gen.Select(a, Gen.OneOf(Gen.Const("+"), Gen.Const("-"), Gen.Const("*"), Gen.Const("/")), b, (x, op, y) => $"({x} {op} {y})")),
            (1, Gen.Select(a, b, (x, y) => $"min({x}, {y})")),
            (1, Gen.Select(a, b, (x, y) => $"max({x}, {y}, 3)")),
            (1, a.Select(x => $"clamp({x}, 0, 10)")),
            (1, Gen.Select(a, Gen.Int[0, 2], (x, d) => $"round({x}, {d})")),
            (1, a.Select(x => $"abs({x})")),
            (2, Gen.Select(a, b, (x, y) => $"ratio({x}, {y})")),
            (2, Gen.Select(Condition(depth - 1, nodes, cohortAllowed), a, b, (c, x, y) => $"(if {c} then {x} else {y})")),
            (2, Gen.Select(a, b, Gen.Int[1, 30], (x, y, t) => $"tiers {x} {{ >= {t}: {y}, > 1: 2, else: 0.5 }}")),
            (1, Gen.Select(a, b, (x, y) => $"levels i4 {{ hi: {x}, mid: {y}, lo: 0 }}")),
        };
        if (cohortAllowed)
        {
            choices.Add((2, Gen.Select(Gen.OneOf(CohortFunctions.Select(f => Gen.Const(f)).ToArray()), plain, (f, x) => $"{f}({x})")));
        }

        return Gen.Frequency([.. choices]);
    }

    private static Gen<string> Condition(int depth, IReadOnlyList<string> nodes, bool cohortAllowed)
    {
        var a = Number(Math.Max(depth - 1, 0), nodes, cohortAllowed);
        var b = Number(Math.Max(depth - 1, 0), nodes, cohortAllowed);
        return Gen.OneOf(
            Gen.Const("i3"),
            Gen.Const("not i3"),
            Gen.Const("i4 >= lv.mid"),
            Gen.Select(a, Gen.OneOf(Gen.Const(">="), Gen.Const("<"), Gen.Const("=="), Gen.Const("!=")), b, (x, op, y) => $"({x} {op} {y})"),
            Gen.Select(a, b, (x, y) => $"(i3 and {x} > {y})"),
            Gen.Select(a, b, (x, y) => $"(i3 or {x} <= {y})"));
    }

    private static Gen<string> Leaf(string name, int max, IReadOnlyList<string> earlier) =>
        Gen.Select(Number(2, earlier, cohortAllowed: true), Gen.Int[0, 5], Policy, (formula, policyChoice, policy) =>
            $"node {name} \"{name}\" max {max} {{ assumed \"x\" {(policyChoice == 0 ? "missing " + policy : string.Empty)} score = {formula} }}");

    private static Gen<string> InputLine(string declaration) =>
        Gen.Select(Gen.Int[0, 3], Policy, (choice, policy) => declaration + (choice == 0 ? " missing " + policy : string.Empty));

    private static readonly Gen<string> RulesetText =
        from maxes in Gen.Int[0, 3].Array[4]
        let m = maxes.Select(x => x * 5).ToArray()
        from header in Policy
        from n0 in Leaf("n0", m[0], [])
        from n1a in Leaf("n1a", m[1], ["n0"])
        from n1b in Leaf("n1b", m[2], ["n0", "n1a"])
        from n2 in Leaf("n2", m[3], ["n0", "n1a", "n1b", "n1"])
        from output in Number(2, ["n0", "n1", "n2", "total"], cohortAllowed: true)
        from index in Gen.OneOf(Gen.Const(string.Empty), Gen.Const("value = total / scale"), Number(1, ["n0", "n2", "o0"], cohortAllowed: false).Select(x => "value = " + x))
        from i0 in InputLine("input i0: number \"Số\" range 0..100")
        from i1 in InputLine("input i1: percent \"Tỷ lệ\"")
        from i2 in InputLine("input i2: count \"Đếm\" range 0..20")
        select $$"""
            ruleset random edition 2022 {
              title "Ngẫu nhiên" basis "test" unit province scale {{m.Sum()}} round 3 missing {{header}}
            }
            levels lv { lo "Thấp" mid "Vừa" hi "Cao" }
            {{i0}}
            {{i1}}
            {{i2}}
            input i3: yesno "Có/không"
            input i4: level(lv) "Mức"
            {{n0}}
            node n1 "n1" max {{m[1] + m[2]}} {
              documented "x"
              {{n1a}}
              {{n1b}}
            }
            {{n2}}
            output o0 "O" { documented "x" value = {{output}} }
            index dti "DTI" { documented "x" {{index}} }
            rank dti, o0
            """;

    private static Gen<decimal?> Cell(int low, int high) =>
        Gen.Frequency((3, Gen.Int[low, high].Select(i => (decimal?)i)), (1, Gen.Const((decimal?)null)));

    private static readonly Gen<(int Units, decimal?[][] Inputs, int GivenNode, decimal?[] Given)> Dataset =
        from units in Gen.Int[1, 6]
        from i0 in Cell(0, 100).Array[units]
        from i1 in Cell(0, 100).Array[units]
        from i2 in Cell(0, 20).Array[units]
        from i3 in Cell(0, 1).Array[units]
        from i4 in Cell(0, 2).Array[units]
        from givenNode in Gen.Int[0, 8]
        from given in Cell(0, 10).Array[units]
        select (units, new[] { i0, i1, i2, i3, i4 }, givenNode, given.Select(g => g / 10m).ToArray());

    [Fact]
    public void Both_engines_agree_on_random_rulesets_and_datasets()
    {
        var clean = 0;
        Gen.Select(RulesetText, Dataset).Sample((text, data) =>
        {
            var compilation = RulesetCompilation.Create(SourceText.From(text, "random.dti"));
            if (compilation.HasErrors)
            {
                return;
            }

            Interlocked.Increment(ref clean);
            var scoringData = ToScoringData(compilation.Ruleset, data);
            var interpreted = CompiledTestEngine.Render(new Interpreter(compilation.Ruleset).Score(scoringData));
            var compiled = CompiledTestEngine.Render(CompiledTestEngine.Engine.GetScorer(compilation.Ruleset).Score(scoringData));
            Assert.True(interpreted == compiled, $"The engines disagree on\n{text}\ninterpreted:\n{interpreted}\ncompiled:\n{compiled}");
        }, iter: Cases, threads: 1, seed: "0N0XIzNsQ0O2");
        Assert.True(clean >= Cases / 3, $"Only {clean} of {Cases} random rulesets check clean; the generator has drifted from the language.");
    }

    private static ScoringData ToScoringData(BoundRuleset ruleset, (int Units, decimal?[][] Inputs, int GivenNode, decimal?[] Given) data)
    {
        var columns = new Dictionary<string, decimal?[]>(StringComparer.Ordinal);
        for (var i = 0; i < data.Inputs.Length; i++)
        {
            columns["i" + i.ToString(CultureInfo.InvariantCulture)] = data.Inputs[i];
        }

        // Half the datasets give one node's value, so given values and skipped descendants are exercised too.
        if (data.GivenNode < Leaves.Length + 1)
        {
            var node = data.GivenNode < Leaves.Length ? Leaves[data.GivenNode] : "n1";
            if (ruleset.FindNode(node) is { IsUnscored: false })
            {
                columns[node] = data.Given;
            }
        }

        var units = UnitNames.Take(data.Units).Select((name, i) => new UnitIdentity((i + 1).ToString("00", CultureInfo.InvariantCulture), name)).ToList();
        return new ScoringData(units, columns);
    }
}
