using DtiRules.Compiler;
using DtiRules.Scoring;

namespace DtiRules.Benchmarks;

/// <summary>Times are compared only after every engine and baseline gives the same index and ranks.</summary>
internal static class ScoreAgreement
{
    public static void Check(BenchData data, Interpreter interpreter, CompiledScorer compiled, HandWritten2022 handWritten, RulesEngineBaseline rulesEngine, Dictionary<string, decimal[]> plain)
    {
        var reference = interpreter.Score(data.Provinces);
        var index = data.Ruleset.Index!;
        var units = data.Provinces.Units.Count;
        var expected = Enumerable.Range(0, units).Select(u => (reference.OutputValue(index, u)!.Value, reference.Rank(index, u)!.Value)).ToList();
        var fromCompiled = compiled.Score(data.Provinces);
        Same("compiled", expected, Enumerable.Range(0, units).Select(u => (fromCompiled.OutputValue(index, u)!.Value, fromCompiled.Rank(index, u)!.Value)));
        var (dti, ranks) = (handWritten.Score().Dti, handWritten.Score().Ranks);
        Same("hand-written", expected, dti.Select((d, u) => (Publish(d), ranks[u])));
        var engine = rulesEngine.Score(plain);
        Same("RulesEngine", expected, engine.Dti.Select((d, u) => (Publish(d), engine.Ranks[u])));
    }

    /// <summary>W3: the compiled engine gives the interpreter's index and ranks for every synthetic unit, and the hand-written code its index.</summary>
    public static void CheckSynthetic(BenchData data, Interpreter interpreter, CompiledScorer compiled, HandWritten2022 handWritten)
    {
        var reference = interpreter.Score(data.Synthetic);
        var index = data.Ruleset.Index!;
        var units = data.Synthetic.Units.Count;
        var expected = Enumerable.Range(0, units).Select(u => (reference.OutputValue(index, u)!.Value, reference.Rank(index, u)!.Value)).ToList();
        var fromCompiled = compiled.Score(data.Synthetic);
        Same("compiled (W3)", expected, Enumerable.Range(0, units).Select(u => (fromCompiled.OutputValue(index, u)!.Value, fromCompiled.Rank(index, u)!.Value)));
        var (dti, ranks) = (handWritten.Score().Dti, handWritten.Score().Ranks);
        Same("hand-written (W3)", expected, dti.Select((d, u) => (Publish(d), ranks[u])));
    }

    public static void CheckReweighting(Reweighting reweighting, Interpreter interpreter, CompiledScorer compiled)
    {
        var expected = reweighting.HandWritten();
        foreach (var (name, ranks) in new[] { ("interpreter", reweighting.WithEngine(interpreter)), ("compiled", reweighting.WithEngine(compiled)) })
        {
            if (!expected.Zip(ranks).All(p => p.First.SequenceEqual(p.Second)))
            {
                throw new InvalidOperationException($"W4: the {name} ranks differ from the hand-written ones.");
            }
        }
    }

    private static decimal Publish(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    private static void Same(string name, List<(decimal Value, int Rank)> expected, IEnumerable<(decimal Value, int Rank)> actual)
    {
        var list = actual.ToList();
        var first = Enumerable.Range(0, expected.Count).FirstOrDefault(u => expected[u] != list[u], -1);
        if (first >= 0)
        {
            throw new InvalidOperationException($"{name} gives {list[first]} for unit {first}, the interpreter {expected[first]}: scores must match before times are compared.");
        }
    }
}
