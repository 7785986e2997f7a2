using System.Globalization;
using System.Text;
using DtiRules.Language.Binding;
using DtiRules.Language.Text;
using DtiRules.Scoring;

namespace DtiRules.Benchmarks;

/// <summary>
/// W4: random re-weightings of the 2022 main indices. The main-index values come from scoring the
/// provinces once; each re-weighting gives every main index a weight from 1 to 10, computes the
/// weighted index and ranks it. Under the engines the weights are inputs of a small ruleset whose
/// main indices are given values, so one compiled ruleset serves every re-weighting.
/// </summary>
internal sealed class Reweighting
{
    public Reweighting(BenchData data, int count)
    {
        var result = new Interpreter(data.Ruleset).Score(data.Provinces);
        MainIndices = [.. data.Ruleset.Roots.Where(r => !r.IsUnscored)];
        Values = [.. MainIndices.Select(n => Enumerable.Range(0, data.Provinces.Units.Count).Select(u => result.NodeValue(n, u)!.Value).ToArray())];
        Units = data.Provinces.Units;
        var random = new Random(4);
        Weights = [.. Enumerable.Range(0, count).Select(_ => MainIndices.Select(_ => (decimal)random.Next(1, 11)).ToArray())];
        Ruleset = RulesetCompilation.Create(SourceText.From(RulesetText(), "sensitivity.dti")).Ruleset;
        Datasets = [.. Weights.Select(ToData)];
    }

    public IReadOnlyList<Language.Binding.Symbols.NodeSymbol> MainIndices { get; }

    public decimal[][] Values { get; }

    public decimal[][] Weights { get; }

    public IReadOnlyList<UnitIdentity> Units { get; }

    public BoundRuleset Ruleset { get; }

    public IReadOnlyList<ScoringData> Datasets { get; }

    /// <summary>The hand-written loop: weighted mean of the values, rounded to 4 decimals, ranked.</summary>
    public int[][] HandWritten()
    {
        var ranks = new int[Weights.Length][];
        var weighted = new decimal[Units.Count];
        for (var w = 0; w < Weights.Length; w++)
        {
            var weights = Weights[w];
            var sum = weights.Sum();
            for (var u = 0; u < weighted.Length; u++)
            {
                var total = 0m;
                for (var k = 0; k < weights.Length; k++)
                {
                    total += weights[k] * Values[k][u];
                }

                weighted[u] = total / sum;
            }

            ranks[w] = Baselines.CompetitionRanks(weighted, 4);
        }

        return ranks;
    }

    /// <summary>The same with an engine: one scoring per re-weighting.</summary>
    public int[][] WithEngine(IScorer scorer)
    {
        var weightedOutput = scorer.Ruleset.FindOutput("weighted")!;
        return [.. Datasets.Select(data =>
        {
            var result = scorer.Score(data);
            return Enumerable.Range(0, data.Units.Count).Select(u => result.Rank(weightedOutput, u)!.Value).ToArray();
        })];
    }

    private ScoringData ToData(decimal[] weights)
    {
        var columns = new Dictionary<string, decimal?[]>(StringComparer.Ordinal);
        for (var k = 0; k < MainIndices.Count; k++)
        {
            columns[MainIndices[k].Name] = [.. Values[k].Select(v => (decimal?)v)];
            columns["w" + k.ToString(CultureInfo.InvariantCulture)] = [.. Enumerable.Repeat((decimal?)weights[k], Units.Count)];
        }

        return new ScoringData(Units, columns);
    }

    private string RulesetText()
    {
        var text = new StringBuilder();
        text.Append("ruleset sensitivity edition 2022 {\n  title \"Độ nhạy\" basis \"bench\" unit province scale ")
            .Append(MainIndices.Sum(n => n.MaxPoints).ToString(CultureInfo.InvariantCulture)).Append(" round 4 missing zero\n}\n");
        for (var k = 0; k < MainIndices.Count; k++)
        {
            text.Append(CultureInfo.InvariantCulture, $"input w{k}: number \"w{k}\" range 1..10\n");
            text.Append(CultureInfo.InvariantCulture, $"node {MainIndices[k].Name} \"{MainIndices[k].Name}\" max {MainIndices[k].MaxPoints} {{ assumed \"given\" score = w{k} * 0 }}\n");
        }

        var numerator = string.Join(" + ", MainIndices.Select((n, k) => $"w{k} * value({n.Name})"));
        var denominator = string.Join(" + ", MainIndices.Select((_, k) => $"w{k}"));
        text.Append(CultureInfo.InvariantCulture, $"output weighted \"Có trọng số\" {{ assumed \"x\" value = ({numerator}) / ({denominator}) }}\n");
        text.Append("index dti \"DTI\" { documented \"x\" }\nrank weighted\n");
        return text.ToString();
    }
}
