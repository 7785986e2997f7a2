using System.Globalization;
using CsCheck;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Binding;
using DtiRules.Language.Schema;
using DtiRules.Scoring;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Compiler;

/// <summary>
/// The shipped 2022 edition on random data: missing cells, zeros (empty denominators), values far
/// beyond their range (clamped results), given node values and given points. Both engines must
/// agree on every result, flag and diagnostic; CsCheck shrinks a disagreement to a small dataset.
/// </summary>
public sealed class ShippedEditionPropertyTests
{
    private static readonly Lazy<BoundRuleset> Ruleset2022 = new(() =>
    {
        CompiledTestEngine.CompileShippedEditions();
        return RulesetCompilation.FromFile(RepositoryPaths.Ruleset2022).Ruleset;
    });

    /// <summary>A cell of <paramref name="input"/> drawn from <paramref name="draw"/> (0–999): mostly in range, some zeros, some missing, some huge.</summary>
    private static decimal? Cell(InputSymbol input, int draw) => (input.Type.LevelType, draw) switch
    {
        (_, >= 900) => null,
        ({ } levels, _) => draw % levels.Members.Length,
        (null, < 600) => draw % 101,
        (null, < 800) => 0m,
        (null, _) => 79_000_000_000_000_000_000_000_000m,
    };

    private static Gen<ScoringData> Data(BoundRuleset ruleset) =>
        from units in Gen.Int[1, 12]
        from draws in Gen.Int[0, 999].Array[units].Array[ruleset.Inputs.Count]
        from givenNode in Gen.Int[0, ruleset.Nodes.Count * 2]
        from given in Gen.Frequency((3, Gen.Int[0, 100].Select(i => (decimal?)(i / 100m))), (1, Gen.Const((decimal?)null))).Array[units]
        from asPoints in Gen.Bool
        select ToData(ruleset, units, [.. draws.Select((column, i) => column.Select(d => Cell(ruleset.Inputs[i], d)).ToArray())], givenNode, given, asPoints);

    [Fact]
    public void Both_engines_agree_on_the_2022_edition_over_random_data()
    {
        var ruleset = Ruleset2022.Value;
        Data(ruleset).Sample(data =>
        {
            var interpreted = CompiledTestEngine.Render(new Interpreter(ruleset).Score(data));
            var compiled = CompiledTestEngine.Render(CompiledTestEngine.Engine.GetScorer(ruleset).Score(data));
            return interpreted == compiled;
        }, iter: 60, threads: 1, seed: "0N0XIzNsQ0O2");
    }

    private static ScoringData ToData(BoundRuleset ruleset, int units, decimal?[][] inputs, int givenNode, decimal?[] given, bool asPoints)
    {
        var columns = new Dictionary<string, decimal?[]>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Length; i++)
        {
            columns[ruleset.Inputs[i].Name] = inputs[i];
        }

        // Half the datasets give one node, as its value or its points, so eligibility and skipped descendants are exercised.
        if (givenNode < ruleset.Nodes.Count && ruleset.Nodes[givenNode] is { IsUnscored: false } node)
        {
            columns[asPoints ? node.Name + DataSchema.PointsSuffix : node.Name] = asPoints ? [.. given.Select(g => g * node.MaxPoints)] : given;
        }

        var identities = Enumerable.Range(0, units).Select(u => new UnitIdentity(u.ToString("00", CultureInfo.InvariantCulture), "Đơn vị " + u.ToString(CultureInfo.InvariantCulture))).ToList();
        return new ScoringData(identities, columns);
    }
}
