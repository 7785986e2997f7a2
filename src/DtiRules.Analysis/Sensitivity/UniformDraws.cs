namespace DtiRules.Analysis.Sensitivity;

/// <summary>
/// Uniform numbers in [0, 1) that depend only on the seed and on where they are used (matrix, row,
/// factor, unit), never on the order rows are evaluated in, so a run gives the same numbers on any
/// number of threads. Each coordinate is folded in with SplitMix64's finaliser.
/// </summary>
internal static class UniformDraws
{
    /// <summary>The matrix of the design a number belongs to.</summary>
    public const int MatrixA = 0, MatrixB = 1, Bootstrap = 2;

    public static double Next(ulong seed, int matrix, int row, int factor, int unit)
    {
        var state = Mix(seed);
        state = Mix(state ^ (ulong)(uint)matrix);
        state = Mix(state ^ (ulong)(uint)row);
        state = Mix(state ^ (ulong)(uint)factor);
        state = Mix(state ^ (ulong)(uint)unit);
        return (state >> 11) * (1.0 / (1UL << 53));
    }

    private static ulong Mix(ulong value)
    {
        var z = value + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
