namespace DtiRules.Analysis.Sensitivity;

/// <summary>How a sensitivity run samples and what it reports.</summary>
/// <param name="Samples">N: the samples the rank intervals are taken over (and the rows of each matrix of the design).</param>
/// <param name="Seed">The seed every draw derives from.</param>
/// <param name="Top">K: <c>p_top</c> is the share of samples that rank a unit K or better.</param>
/// <param name="Indices">True to estimate first-order and total sensitivity indices, at N·(d+2) runs.</param>
/// <param name="Target">What the indices measure.</param>
/// <param name="Threads">How many runs at once; results do not depend on it.</param>
/// <param name="BootstrapSamples">Resamples of the design's rows for the indices' confidence intervals.</param>
public sealed record SensitivityOptions(
    int Samples = 1000,
    ulong Seed = 1,
    int Top = 10,
    bool Indices = false,
    IndexTarget Target = IndexTarget.RankShift,
    int Threads = 0,
    int BootstrapSamples = 500)
{
    /// <summary>The threads to use: <see cref="Threads"/>, or every core when it is 0.</summary>
    public int EffectiveThreads => Threads > 0 ? Threads : Environment.ProcessorCount;
}
