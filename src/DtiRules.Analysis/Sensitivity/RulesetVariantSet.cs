using DtiRules.Language.Binding;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Binding.Uncertainty;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Analysis.Sensitivity;

/// <summary>
/// Every combination of the discrete factors' alternatives (missing-data policy, alternative
/// formulas), each bound as a ruleset of its own before the run, so all can be prepared at once
/// (one compilation for the compiled engine). A sample reads only the index, so a variant leaves
/// out the outputs the index does not read (and the tests); an error in one of those does not
/// count against a sample. Without discrete factors there is one variant: the ruleset itself, so
/// trimmed.
/// </summary>
internal sealed class RulesetVariantSet
{
    /// <summary>The most combinations a run prepares; each is a ruleset to bind and compile.</summary>
    public const int MaxVariants = 256;

    private readonly int[] _counts;
    private readonly decimal[][] _cumulative;

    private RulesetVariantSet(IReadOnlyList<UncertaintyFactor> factors, IReadOnlyList<BoundRuleset> rulesets)
    {
        Factors = factors;
        Rulesets = rulesets;
        _counts = [.. factors.Select(Weights).Select(w => w.Length)];
        _cumulative = [.. factors.Select(f => Cumulative(Weights(f)))];
    }

    /// <summary>The discrete factors, in the order of the design.</summary>
    public IReadOnlyList<UncertaintyFactor> Factors { get; }

    /// <summary>The ruleset of each combination; combination 0 takes every factor's first alternative.</summary>
    public IReadOnlyList<BoundRuleset> Rulesets { get; }

    /// <summary>
    /// Binds every combination of the discrete factors of <paramref name="factors"/>; null, with
    /// DR4131 or the variant's own errors reported, when there are too many or one does not bind.
    /// </summary>
    public static RulesetVariantSet? Create(BoundRuleset ruleset, IReadOnlyList<UncertaintyFactor> factors, DiagnosticBag diagnostics)
    {
        var discrete = factors.Where(f => f is PolicyFactor or FormulaFactor).ToList();
        if (discrete.Count == 0 && !RulesetVariants.HasMoreThanTheIndex(ruleset))
        {
            return new RulesetVariantSet([], [ruleset]);
        }

        var combinations = discrete.Aggregate(1L, (product, f) => Math.Min(long.MaxValue / 1024, product * Weights(f).Length));
        if (combinations > MaxVariants)
        {
            diagnostics.Report(SensitivityDiagnostics.TooManyVariants, discrete[0].Location, combinations, MaxVariants);
            return null;
        }

        var rulesets = new List<BoundRuleset>();
        var bag = new DiagnosticBag();
        for (var index = 0; index < combinations; index++)
        {
            var choice = Digits(index, discrete);
            MissingPolicy? policy = null;
            var formulas = new Dictionary<string, ExpressionSyntax>(StringComparer.Ordinal);
            for (var f = 0; f < discrete.Count; f++)
            {
                switch (discrete[f])
                {
                    case PolicyFactor p:
                        policy = p.Alternatives[choice[f]].Policy;
                        break;
                    case FormulaFactor formula when formula.Alternatives[choice[f]].Formula is { } expression:
                        formulas[formula.Node.Name] = expression;
                        break;
                }
            }

            rulesets.Add(RulesetVariants.Bind(ruleset, policy, formulas, indexOnly: true, bag));
        }

        if (bag.ToSortedList() is { Count: > 0 } problems)
        {
            diagnostics.AddRange(problems.DistinctBy(d => (d.Code, d.Location, d.Message)));
            return null;
        }

        return new RulesetVariantSet(discrete, rulesets);
    }

    /// <summary>Where <paramref name="factor"/> is among the discrete factors.</summary>
    public int PositionOf(UncertaintyFactor factor)
    {
        for (var i = 0; i < Factors.Count; i++)
        {
            if (ReferenceEquals(Factors[i], factor))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"'{factor.Name}' is not a discrete factor.");
    }

    /// <summary>The alternative of discrete factor <paramref name="position"/> that a uniform number <paramref name="u"/> selects, each as likely as its weight.</summary>
    public int Alternative(int position, double u)
    {
        var cumulative = _cumulative[position];
        var point = (decimal)u * cumulative[^1];
        for (var a = 0; a < cumulative.Length - 1; a++)
        {
            if (point < cumulative[a])
            {
                return a;
            }
        }

        return cumulative.Length - 1;
    }

    /// <summary>The combination of the alternatives <paramref name="choice"/> holds, one per discrete factor.</summary>
    public int IndexOf(int[] choice)
    {
        var index = 0;
        for (var f = Factors.Count - 1; f >= 0; f--)
        {
            index = (index * _counts[f]) + choice[f];
        }

        return index;
    }

    private static int[] Digits(int index, IReadOnlyList<UncertaintyFactor> factors)
    {
        var digits = new int[factors.Count];
        for (var f = 0; f < factors.Count; f++)
        {
            var count = Weights(factors[f]).Length;
            digits[f] = index % count;
            index /= count;
        }

        return digits;
    }

    private static decimal[] Weights(UncertaintyFactor factor) => factor switch
    {
        PolicyFactor policy => [.. policy.Alternatives.Select(a => a.Weight)],
        FormulaFactor formula => [.. formula.Alternatives.Select(a => a.Weight)],
        _ => throw new InvalidOperationException($"'{factor.Name}' is not a discrete factor."),
    };

    private static decimal[] Cumulative(decimal[] weights)
    {
        var sums = new decimal[weights.Length];
        var sum = 0m;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i];
            sums[i] = sum;
        }

        return sums;
    }
}
