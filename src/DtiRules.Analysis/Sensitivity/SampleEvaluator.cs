using DtiRules.Language.Binding;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Binding.Uncertainty;
using DtiRules.Language.Builtins;
using DtiRules.Language.Schema;
using DtiRules.Scoring;

namespace DtiRules.Analysis.Sensitivity;

/// <summary>
/// Runs the scoring run for one sample. The sample's variant of the ruleset scores the data with
/// its noise applied; weights then enter as given points: each group of siblings with a drawn
/// weight gets points = points × new max / max (a node keeps its value, points / max), deepest
/// groups first, and the run adds up parents, computes outputs and ranks as it always does.
/// Each of these runs is a rescore of the one before, so only what the sample changes is computed.
/// </summary>
internal sealed class SampleEvaluator
{
    private readonly IReadOnlyList<IScorer> _scorers;
    private readonly ScoringData _data;
    private readonly SensitivityDesign _design;
    private readonly IReadOnlyList<WeightGroup> _groups;
    private readonly IReadOnlyList<decimal?>?[] _noisyColumns;
    private readonly Lazy<ScoringResult>[] _withoutNoise;

    public SampleEvaluator(BoundRuleset ruleset, IReadOnlyList<IScorer> scorers, ScoringData data, SensitivityDesign design)
    {
        _scorers = scorers;
        _data = data;
        _design = design;
        _groups = Groups(ruleset, design.Weights);
        _noisyColumns = [.. design.NoiseFactors.Select(n => data.TryGetColumn(n.Input.Name, out var column) ? column : null)];
        _withoutNoise = [.. scorers.Select(s => new Lazy<ScoringResult>(() => s.Score(data)))];
    }

    /// <summary>
    /// The fields each rescore of a sample changes, in order: the noisy inputs, then for each group
    /// of weighted siblings their value and points columns.
    /// </summary>
    public static IReadOnlyList<string[]> ChangedFields(BoundRuleset ruleset, SensitivityDesign design) =>
        [
            .. design.NoiseFactors.Count > 0 ? [design.NoiseFactors.Select(n => n.Input.Name).ToArray()] : Array.Empty<string[]>(),
            .. Groups(ruleset, design.Weights).Select(g => g.Siblings.SelectMany(n => new[] { n.Name, n.Name + DataSchema.PointsSuffix }).ToArray()),
        ];

    /// <summary>The noise factors whose input has no column in the data, so they change nothing.</summary>
    public IEnumerable<NoiseFactor> NoiseWithoutColumn => _design.NoiseFactors.Where((_, i) => _noisyColumns[i] is null);

    public SampleOutcome Evaluate(SampleChoices choices)
    {
        var scorer = _scorers[choices.Variant];

        // Each variant is scored in full once; a sample computes again only what its noise and
        // weights change (the noisy inputs' nodes and their ancestors, then the given main indices and the outputs).
        var result = _withoutNoise[choices.Variant].Value;
        var data = _data;
        if (_design.NoiseFactors.Count > 0)
        {
            data = _data.WithColumns(NoisyColumns(choices));
            result = scorer.Rescore(result, data);
        }

        var hasErrors = result.HasErrors;
        foreach (var group in _groups)
        {
            var given = new List<KeyValuePair<string, IReadOnlyList<decimal?>?>>(2 * group.Siblings.Count);
            var maxes = group.Rescaled(choices.Maxes);
            for (var i = 0; i < group.Siblings.Count; i++)
            {
                var node = group.Siblings[i];
                var points = new Column(data.Units.Count);
                for (var u = 0; u < points.Count; u++)
                {
                    if (result.Points(node, u) is { } before)
                    {
                        points.Values[u] = before * maxes[i] / node.MaxPoints;
                        points.Present[u] = true;
                    }
                }

                // The node's value column would win over its points column; the points now say it all.
                given.Add(new(node.Name, null));
                given.Add(new(node.Name + DataSchema.PointsSuffix, points));
            }

            data = data.WithColumns(given);
            result = scorer.Rescore(result, data);
            hasErrors |= result.HasErrors;
        }

        var index = result.Ruleset.Index;
        var values = new decimal?[data.Units.Count];
        var ranks = new int?[data.Units.Count];
        for (var u = 0; u < values.Length; u++)
        {
            values[u] = index is null ? null : result.OutputValue(index, u);
            ranks[u] = index is null ? null : result.Rank(index, u);
        }

        return new SampleOutcome(values, ranks, hasErrors);
    }

    private IEnumerable<KeyValuePair<string, IReadOnlyList<decimal?>?>> NoisyColumns(SampleChoices choices)
    {
        for (var f = 0; f < _design.NoiseFactors.Count; f++)
        {
            if (_noisyColumns[f] is not { } column)
            {
                continue;
            }

            var input = _design.NoiseFactors[f].Input;
            var multipliers = choices.Noise[f];
            var noisy = new Column(column.Count);
            for (var u = 0; u < noisy.Count; u++)
            {
                if (column[u] is { } value)
                {
                    var changed = value * multipliers[u];
                    changed = input.Minimum is { } low && changed < low ? low : changed;
                    noisy.Values[u] = input.Maximum is { } high && changed > high ? high : changed;
                    noisy.Present[u] = true;
                }
            }

            yield return new(input.Name, noisy);
        }
    }

    private static List<WeightGroup> Groups(BoundRuleset ruleset, IReadOnlyList<WeightFactor> weights) =>
        [.. weights
            .GroupBy(w => w.Node.Parent)
            .Select(g =>
            {
                var siblings = (g.Key?.Children ?? ruleset.Roots).Where(n => !n.IsUnscored).ToList();
                var varied = siblings.Select(s => IndexOf(weights, s)).ToArray();
                return new WeightGroup(siblings, varied, siblings[0].Depth);
            })
            .OrderByDescending(g => g.Depth)];

    private static int IndexOf(IReadOnlyList<WeightFactor> weights, NodeSymbol node)
    {
        for (var i = 0; i < weights.Count; i++)
        {
            if (weights[i].Node == node)
            {
                return i;
            }
        }

        return -1;
    }
}
