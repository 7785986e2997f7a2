using System.Globalization;
using DtiRules.Cli;

namespace DtiRules.Tests.Cli;

/// <summary>The stages <c>--timings</c> prints are disjoint: a stage measured inside another counts only in its own.</summary>
public sealed class StageTimingsTests
{
    [Fact]
    public void Compiling_inside_scoring_counts_once_in_compile_and_is_left_out_of_score()
    {
        var clock = new ManualClock();
        using var error = new StringWriter(CultureInfo.InvariantCulture);

        using (StageTimings.Start(true, error, clock))
        {
            using (StageTimings.Measure(Stage.Read))
            {
                clock.Advance(10);
            }

            using (StageTimings.Measure(Stage.Score))
            {
                clock.Advance(100);
                using (var preparing = StageTimings.Measure(Stage.Load))
                {
                    clock.Advance(30);
                    preparing.Stage = Stage.Compile;
                }

                using (StageTimings.Measure(Stage.Bind))
                {
                    clock.Advance(5);
                }

                clock.Advance(20);
            }

            clock.Advance(1);
        }

        Assert.Equal("timings: read 10 ms, bind 5 ms, compile 30 ms, score 120 ms; whole command 166 ms\n", error.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Measurements_in_parallel_inside_one_never_make_it_negative()
    {
        var clock = new ManualClock();
        using var error = new StringWriter(CultureInfo.InvariantCulture);

        using (StageTimings.Start(true, error, clock))
        {
            using (StageTimings.Measure(Stage.Score))
            {
                // Two workers, each in its own flow of execution, compile at the same time.
                var workers = new[] { Task.Run(() => StageTimings.Measure(Stage.Compile)), Task.Run(() => StageTimings.Measure(Stage.Compile)) };
                var scopes = await Task.WhenAll(workers);
                clock.Advance(50);
                Array.ForEach(scopes, s => s.Dispose());
            }
        }

        Assert.Equal("timings: compile 100 ms, score 0 ms; whole command 50 ms\n", error.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary>A clock that moves only when told, in whole milliseconds.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(int milliseconds) => _ticks += TimeSpan.FromMilliseconds(milliseconds).Ticks;
    }
}
