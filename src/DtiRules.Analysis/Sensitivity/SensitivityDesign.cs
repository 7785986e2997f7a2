using DtiRules.Language.Binding.Uncertainty;

namespace DtiRules.Analysis.Sensitivity;

/// <summary>
/// The factors of a run and how a row of a design matrix turns into choices. Every factor reads its
/// own uniform numbers (<see cref="UniformDraws"/>), so a row of A with factor i taken from B (the
/// matrices A_B^i of Saltelli's design) is A's row with only that factor's numbers replaced.
/// </summary>
internal sealed class SensitivityDesign
{
    private readonly ulong _seed;
    private readonly int _unitCount;

    public SensitivityDesign(IReadOnlyList<UncertaintyFactor> factors, RulesetVariantSet variants, ulong seed, int unitCount)
    {
        Factors = factors;
        Variants = variants;
        Weights = [.. factors.OfType<WeightFactor>()];
        NoiseFactors = [.. factors.OfType<NoiseFactor>()];
        _seed = seed;
        _unitCount = unitCount;
    }

    public IReadOnlyList<UncertaintyFactor> Factors { get; }

    public RulesetVariantSet Variants { get; }

    public IReadOnlyList<WeightFactor> Weights { get; }

    public IReadOnlyList<NoiseFactor> NoiseFactors { get; }

    /// <summary>The choices of row <paramref name="row"/>, each factor's numbers read from the matrix <paramref name="matrixOf"/> gives it.</summary>
    public SampleChoices Choose(int row, Func<int, int> matrixOf)
    {
        var maxes = new decimal[Weights.Count];
        var noise = new decimal[NoiseFactors.Count][];
        var discrete = new int[Variants.Factors.Count];
        for (var f = 0; f < Factors.Count; f++)
        {
            var matrix = matrixOf(f);
            switch (Factors[f])
            {
                case WeightFactor weight:
                    var u = (decimal)UniformDraws.Next(_seed, matrix, row, f, 0);
                    maxes[IndexOf(Weights, weight)] = weight.Low + ((weight.High - weight.Low) * u);
                    break;
                case NoiseFactor input:
                    var multipliers = new decimal[_unitCount];
                    for (var unit = 0; unit < _unitCount; unit++)
                    {
                        var v = (decimal)UniformDraws.Next(_seed, matrix, row, f, unit);
                        multipliers[unit] = 1m + (input.Spread * ((2m * v) - 1m));
                    }

                    noise[IndexOf(NoiseFactors, input)] = multipliers;
                    break;
                case PolicyFactor or FormulaFactor:
                    var position = Variants.PositionOf(Factors[f]);
                    discrete[position] = Variants.Alternative(position, UniformDraws.Next(_seed, matrix, row, f, 0));
                    break;
                default:
                    throw new InvalidOperationException($"Unknown uncertainty factor {Factors[f].GetType().Name}.");
            }
        }

        return new SampleChoices(Variants.IndexOf(discrete), maxes, noise);
    }

    private static int IndexOf<T>(IReadOnlyList<T> list, T item)
        where T : class
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(list[i], item))
            {
                return i;
            }
        }

        throw new InvalidOperationException("The factor is not part of the design.");
    }
}
