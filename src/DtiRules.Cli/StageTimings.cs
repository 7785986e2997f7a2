using System.Diagnostics;
using System.Globalization;
using DtiRules.Cli.Resources;

namespace DtiRules.Cli;

/// <summary>
/// The time each stage of one command took, for <c>--timings</c>: stages are measured where they
/// happen (reading, checking, compiling, scoring, writing) and added up per stage, then printed in
/// milliseconds on standard error when the command ends. The timings of a command follow its own
/// flow of execution, so commands run side by side (tests) do not mix.
/// </summary>
internal sealed class StageTimings : IDisposable
{
    private static readonly AsyncLocal<StageTimings?> Current = new();

    private readonly TextWriter _error;
    private readonly TimeSpan[] _elapsed = new TimeSpan[Enum.GetValues<Stage>().Length];
    private readonly bool[] _measured = new bool[Enum.GetValues<Stage>().Length];
    private readonly Stopwatch _total = Stopwatch.StartNew();
    private readonly StageTimings? _outer;

    private StageTimings(TextWriter error)
    {
        _error = error;
        _outer = Current.Value;
        Current.Value = this;
    }

    /// <summary>Starts timing a command when <paramref name="enabled"/>; disposing prints the timings to <paramref name="error"/>.</summary>
    public static IDisposable Start(bool enabled, TextWriter error) => enabled ? new StageTimings(error) : NoTimings.Instance;

    /// <summary>Measures <paramref name="stage"/> until the returned scope is disposed; nothing when no command is timed.</summary>
    public static Scope Measure(Stage stage) => new(Current.Value, stage);

    /// <summary>Adds <paramref name="elapsed"/> to <paramref name="stage"/> of the command being timed, if any.</summary>
    public static void Add(Stage stage, TimeSpan elapsed) => Current.Value?.Record(stage, elapsed);

    /// <summary>Prints the stages measured, in pipeline order, and the command's whole time.</summary>
    public void Dispose()
    {
        Current.Value = _outer;
        var stages = Enum.GetValues<Stage>()
            .Where(s => _measured[(int)s])
            .Select(s => Texts.Output.Format(nameof(OutputText.StageTime), Name(s), Milliseconds(_elapsed[(int)s])));
        _error.WriteLine(Texts.Output.Format(nameof(OutputText.Timings), string.Join(", ", stages), Milliseconds(_total.Elapsed)));
    }

    private static string Name(Stage stage) => Texts.Output.Get(stage switch
    {
        Stage.Read => nameof(OutputText.StageRead),
        Stage.Bind => nameof(OutputText.StageBind),
        Stage.Compile => nameof(OutputText.StageCompile),
        Stage.Load => nameof(OutputText.StageLoad),
        Stage.Score => nameof(OutputText.StageScore),
        Stage.Write => nameof(OutputText.StageWrite),
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "Not a stage."),
    });

    private static string Milliseconds(TimeSpan elapsed) => elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);

    private void Record(Stage stage, TimeSpan elapsed)
    {
        _elapsed[(int)stage] += elapsed;
        _measured[(int)stage] = true;
    }

    /// <summary>One measurement; disposing it adds its time to the stage.</summary>
    internal readonly struct Scope : IDisposable
    {
        private readonly StageTimings? _timings;
        private readonly Stage _stage;
        private readonly long _start;

        public Scope(StageTimings? timings, Stage stage)
        {
            _timings = timings;
            _stage = stage;
            _start = timings is null ? 0 : Stopwatch.GetTimestamp();
        }

        public void Dispose() => _timings?.Record(_stage, Stopwatch.GetElapsedTime(_start));
    }

    private sealed class NoTimings : IDisposable
    {
        public static readonly NoTimings Instance = new();

        public void Dispose()
        {
        }
    }
}
