using System.Diagnostics;
using System.Globalization;
using CsCheck;

namespace DtiRules.Tests.Fuzzing;

/// <summary>
/// How long each fuzzing property runs. In the suite, a fixed number of inputs from a fixed seed,
/// so a run is repeatable and takes seconds; with <see cref="SecondsVariable"/> set (build/fuzz.sh),
/// each property draws fresh inputs for that many seconds on every core and appends what it tried
/// to the file named by <see cref="ReportVariable"/>. A failure is shrunk by CsCheck to a small input
/// and printed with the seed that reproduces it.
/// </summary>
internal static class FuzzBudget
{
    /// <summary>Seconds per property for a soak; unset in the suite.</summary>
    public const string SecondsVariable = "DTIRULES_FUZZ_SECONDS";

    /// <summary>A file that a soak appends one line per property to: its name, inputs tried, seconds.</summary>
    public const string ReportVariable = "DTIRULES_FUZZ_REPORT";

    /// <summary>The longest one input may take before it counts as a hang.</summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

    /// <summary>Checks <paramref name="property"/> on inputs from <paramref name="gen"/>: <paramref name="suiteInputs"/> of them in the suite, or for the soak's time.</summary>
    public static void Check<T>(string name, Gen<T> gen, Action<T> property, int suiteInputs)
    {
        var tried = 0L;
        var clock = Stopwatch.StartNew();
        void Counted(T input)
        {
            Interlocked.Increment(ref tried);
            Within(HangLimit, () => property(input));
        }

        if (Environment.GetEnvironmentVariable(SecondsVariable) is { Length: > 0 } seconds)
        {
            gen.Sample(Counted, iter: long.MaxValue, time: int.Parse(seconds, CultureInfo.InvariantCulture));
        }
        else
        {
            gen.Sample(Counted, iter: suiteInputs, threads: 1, seed: "0N0XIzNsQ0O2");
        }

        if (Environment.GetEnvironmentVariable(ReportVariable) is { Length: > 0 } report)
        {
            File.AppendAllText(report, string.Create(CultureInfo.InvariantCulture, $"{name}\t{tried}\t{clock.Elapsed.TotalSeconds:F0}\n"));
        }
    }

    /// <summary>Runs <paramref name="action"/> and fails when it takes longer than <paramref name="limit"/>, so a hang is a failure CsCheck can shrink.</summary>
    private static void Within(TimeSpan limit, Action action)
    {
        var run = Task.Run(action);
        if (!run.Wait(limit))
        {
            throw new TimeoutException($"An input took longer than {limit.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.");
        }

        run.GetAwaiter().GetResult();
    }
}
