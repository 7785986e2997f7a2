namespace DtiRules.Analysis.Sensitivity;

/// <summary>
/// First-order and total sensitivity indices from Saltelli's design: the target for the rows of A,
/// of B, and of each A_B^i (A with factor i's column from B). First order by Saltelli et al.
/// (2010), V_i = mean((f(B) − f₀)·(f(A_B^i) − f(A))), with f centred on the mean f₀ of f(A) and
/// f(B) (the same expectation, far less noise when f is large against its spread); total by
/// Jansen (1999), V_Ti = mean((f(A) − f(A_B^i))²) / 2; both over the variance of f(A) and f(B)
/// together. The intervals resample the rows with replacement.
/// </summary>
internal static class SobolEstimator
{
    public static IReadOnlyList<FactorIndex> Estimate(
        IReadOnlyList<string> factors, double[] a, double[] b, double[][] ab, int rows, ulong seed, int bootstrapSamples)
    {
        var all = Enumerable.Range(0, rows).ToArray();
        var indices = new List<FactorIndex>();
        for (var i = 0; i < factors.Count; i++)
        {
            if (Indices(a, b, ab[i], all) is not var (first, total))
            {
                indices.Add(new FactorIndex(factors[i], null, null, null, null));
                continue;
            }

            var firsts = new List<double>(bootstrapSamples);
            var totals = new List<double>(bootstrapSamples);
            var resample = new int[rows];
            for (var r = 0; r < bootstrapSamples; r++)
            {
                for (var k = 0; k < rows; k++)
                {
                    resample[k] = (int)(UniformDraws.Next(seed, UniformDraws.Bootstrap, r, i, k) * rows);
                }

                if (Indices(a, b, ab[i], resample) is var (f, t))
                {
                    firsts.Add(f);
                    totals.Add(t);
                }
            }

            indices.Add(new FactorIndex(factors[i], first, Interval(firsts), total, Interval(totals)));
        }

        return indices;
    }

    /// <summary>The two indices over the rows <paramref name="rows"/>; null when the target does not vary over them.</summary>
    public static (double First, double Total)? Indices(double[] a, double[] b, double[] ab, int[] rows)
    {
        var sum = 0.0;
        foreach (var j in rows)
        {
            sum += a[j] + b[j];
        }

        var count = 2.0 * rows.Length;
        var mean = sum / count;
        var squares = 0.0;
        foreach (var j in rows)
        {
            squares += ((a[j] - mean) * (a[j] - mean)) + ((b[j] - mean) * (b[j] - mean));
        }

        var variance = squares / count;
        if (!(variance > 1e-12 * Math.Max(1.0, mean * mean)))
        {
            return null;
        }

        var (first, total) = (0.0, 0.0);
        foreach (var j in rows)
        {
            first += (b[j] - mean) * (ab[j] - a[j]);
            total += (a[j] - ab[j]) * (a[j] - ab[j]);
        }

        return (first / rows.Length / variance, total / (2.0 * rows.Length) / variance);
    }

    private static (double Low, double High)? Interval(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        return (Percentile(values, 0.025m), Percentile(values, 0.975m));
    }

    private static double Percentile(List<double> sorted, decimal share) =>
        sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Count) - 1)];
}
