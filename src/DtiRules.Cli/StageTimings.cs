using System.Globalization;
using DtiRules.Cli.Resources;

namespace DtiRules.Cli;

/// <summary>
/// The time each stage of one command took, for <c>--timings</c>: stages are measured where they
/// happen (reading, checking, compiling, scoring, writing) and added up per stage, then printed in
/// milliseconds on standard error when the command ends. A stage measured inside another (compiling
/// the editions between two inside the scoring of <c>--by-change</c>) counts only in its own stage:
/// the enclosing measurement leaves it out, so the stages are disjoint and add up to at most the
/// whole command. The timings of a command follow its own flow of execution, so commands run side
/// by side (tests) do not mix.
/// </summary>
internal sealed class StageTimings : IDisposable
{
    private static readonly AsyncLocal<StageTimings?> Current = new();
    private static readonly AsyncLocal<Scope?> Innermost = new();

    private readonly TextWriter _error;
    private readonly TimeProvider _clock;
    private readonly TimeSpan[] _elapsed = new TimeSpan[Enum.GetValues<Stage>().Length];
    private readonly bool[] _measured = new bool[Enum.GetValues<Stage>().Length];
    private readonly long _start;
    private readonly StageTimings? _outer;
    private readonly Lock _gate = new();

    private StageTimings(TextWriter error, TimeProvider clock)
    {
        _error = error;
        _clock = clock;
        _start = clock.GetTimestamp();
        _outer = Current.Value;
        Current.Value = this;
    }

    /// <summary>
    /// Starts timing a command when <paramref name="enabled"/>; disposing prints the timings to
    /// <paramref name="error"/>. Time is read from <paramref name="clock"/> (the system's by default).
    /// </summary>
    public static IDisposable Start(bool enabled, TextWriter error, TimeProvider? clock = null) =>
        enabled ? new StageTimings(error, clock ?? TimeProvider.System) : NoTimings.Instance;

    /// <summary>Measures <paramref name="stage"/> until the returned scope is disposed; nothing when no command is timed.</summary>
    public static Scope Measure(Stage stage) => new(Current.Value, stage);

    /// <summary>Prints the stages measured, in pipeline order, and the command's whole time.</summary>
    public void Dispose()
    {
        Current.Value = _outer;
        var stages = Enum.GetValues<Stage>()
            .Where(s => _measured[(int)s])
            .Select(s => Texts.Output.Format(nameof(OutputText.StageTime), Name(s), Milliseconds(_elapsed[(int)s])));
        _error.WriteLine(Texts.Output.Format(nameof(OutputText.Timings), string.Join(", ", stages), Milliseconds(_clock.GetElapsedTime(_start))));
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
        lock (_gate)
        {
            _elapsed[(int)stage] += elapsed;
            _measured[(int)stage] = true;
        }
    }

    /// <summary>
    /// One measurement; disposing it adds its time, less the time of the measurements made inside
    /// it, to its stage. Measurements made in parallel inside one may add up to more than its own
    /// time; it then counts nothing.
    /// </summary>
    internal sealed class Scope : IDisposable
    {
        private readonly StageTimings? _timings;
        private readonly Scope? _parent;
        private readonly long _start;
        private long _nestedTicks;

        public Scope(StageTimings? timings, Stage stage)
        {
            _timings = timings;
            Stage = stage;
            if (timings is not null)
            {
                _parent = Innermost.Value;
                Innermost.Value = this;
                _start = timings._clock.GetTimestamp();
            }
        }

        /// <summary>The stage the time counts in; set it when that is known only at the end (compiled, or loaded from the cache).</summary>
        public Stage Stage { get; set; }

        public void Dispose()
        {
            if (_timings is null)
            {
                return;
            }

            var elapsed = _timings._clock.GetElapsedTime(_start);
            Innermost.Value = _parent;
            if (_parent is not null)
            {
                Interlocked.Add(ref _parent._nestedTicks, elapsed.Ticks);
            }

            var own = elapsed - TimeSpan.FromTicks(Interlocked.Read(ref _nestedTicks));
            _timings.Record(Stage, own > TimeSpan.Zero ? own : TimeSpan.Zero);
        }
    }

    private sealed class NoTimings : IDisposable
    {
        public static readonly NoTimings Instance = new();

        public void Dispose()
        {
        }
    }
}
