using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using DtiRules.Benchmarks;

// `first-call WHAT` measures one start-up cost in this fresh process; `loop WORKLOAD COUNT` runs a
// workload for a profiler; anything else runs BenchmarkDotNet.
if (args is ["first-call", var what, .. var rest])
{
    return FirstCall.Run(what, rest);
}

if (args is ["loop", var workload, var times] && int.TryParse(times, System.Globalization.CultureInfo.InvariantCulture, out var count))
{
    return Loop.Run(workload, count);
}

// The machine is shared with other builds: building the benchmark's own process may take minutes.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
BenchmarkSwitcher.FromTypes([typeof(ScoringBenchmarks), typeof(ScaleBenchmarks), typeof(SensitivityBenchmarks)]).Run(args, config);
return 0;
