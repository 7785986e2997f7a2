namespace DtiRules.Analysis.Sensitivity;

/// <summary>
/// The runs of a design and what each gave: every unit's rank and value for the rows of A, and the
/// target (<see cref="IndexTarget"/>) for the rows of A, B and each A_B^i when indices are asked for.
/// </summary>
internal sealed class DesignRuns
{
    private readonly SensitivityDesign _design;
    private readonly SampleEvaluator _evaluator;
    private readonly SensitivityOptions _options;
    private readonly int?[] _nominalRanks;
    private readonly int?[][] _ranks;
    private readonly decimal?[][] _values;
    private readonly double[] _targetA;
    private readonly double[] _targetB;
    private readonly double[][] _targetAB;
    private readonly bool[] _errors;

    public DesignRuns(SensitivityDesign design, SampleEvaluator evaluator, SensitivityOptions options, int?[] nominalRanks)
    {
        _design = design;
        _evaluator = evaluator;
        _options = options;
        _nominalRanks = nominalRanks;
        var n = options.Samples;
        _ranks = new int?[n][];
        _values = new decimal?[n][];
        _targetA = new double[n];
        _targetB = new double[options.Indices ? n : 0];
        _targetAB = [.. Enumerable.Range(0, options.Indices ? design.Factors.Count : 0).Select(_ => new double[n])];
        Count = CountOf(options, design.Factors.Count);
        _errors = new bool[Count];
    }

    /// <summary>How many runs the design takes.</summary>
    public int Count { get; }

    /// <summary>How many runs a design of <paramref name="factors"/> factors takes: N, or N·(factors + 2) with indices.</summary>
    public static int CountOf(SensitivityOptions options, int factors) => options.Samples * (options.Indices ? factors + 2 : 1);

    /// <summary>How many runs reported an error.</summary>
    public int SamplesWithErrors => _errors.Count(e => e);

    /// <summary>Runs every row, in parallel; each run writes only its own slots.</summary>
    public void Evaluate()
    {
        var n = _options.Samples;
        Parallel.For(0, Count, new ParallelOptions { MaxDegreeOfParallelism = _options.EffectiveThreads }, job =>
        {
            var row = job % n;
            var part = job / n;
            Func<int, int> matrixOf = part switch
            {
                0 => _ => UniformDraws.MatrixA,
                1 => _ => UniformDraws.MatrixB,
                _ => f => f == part - 2 ? UniformDraws.MatrixB : UniformDraws.MatrixA,
            };
            var outcome = _evaluator.Evaluate(_design.Choose(row, matrixOf));
            _errors[job] = outcome.HasErrors;
            var target = Target(outcome);
            switch (part)
            {
                case 0:
                    _ranks[row] = outcome.Ranks;
                    _values[row] = outcome.Values;
                    _targetA[row] = target;
                    break;
                case 1:
                    _targetB[row] = target;
                    break;
                default:
                    _targetAB[part - 2][row] = target;
                    break;
            }
        });
    }

    /// <summary>The unit's ranks over the first <paramref name="samples"/> rows of A, sorted; samples without one are left out.</summary>
    public int[] RanksOf(int unit, int samples) => SortedPresent(_ranks, unit, samples);

    /// <summary>The unit's values over the first <paramref name="samples"/> rows of A, sorted.</summary>
    public decimal[] ValuesOf(int unit, int samples) => SortedPresent(_values, unit, samples);

    /// <summary>The indices over the first <paramref name="samples"/> rows, with bootstrap intervals when <paramref name="bootstrap"/>.</summary>
    public IReadOnlyList<FactorIndex> Indices(int samples, bool bootstrap = true) =>
        SobolEstimator.Estimate([.. _design.Factors.Select(f => f.Name)], _targetA, _targetB, _targetAB, samples, _options.Seed, bootstrap ? _options.BootstrapSamples : 0);

    private static T[] SortedPresent<T>(T?[][] rows, int unit, int samples)
        where T : struct
    {
        var present = new List<T>(samples);
        for (var row = 0; row < samples; row++)
        {
            if (rows[row][unit] is { } value)
            {
                present.Add(value);
            }
        }

        var sorted = present.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    private double Target(SampleOutcome outcome)
    {
        var (sum, count) = (0m, 0);
        for (var u = 0; u < outcome.Ranks.Length; u++)
        {
            switch (_options.Target)
            {
                case IndexTarget.RankShift when outcome.Ranks[u] is { } rank && _nominalRanks[u] is { } nominal:
                    sum += Math.Abs(rank - nominal);
                    count++;
                    break;
                case IndexTarget.Value when outcome.Values[u] is { } value:
                    sum += value;
                    count++;
                    break;
            }
        }

        return count == 0 ? 0 : (double)(sum / count);
    }
}
