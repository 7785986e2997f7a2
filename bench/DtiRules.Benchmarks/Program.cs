using BenchmarkDotNet.Running;
using DtiRules.Benchmarks;

// `first-call WHAT` measures one start-up cost in this fresh process; anything else runs BenchmarkDotNet.
if (args is ["first-call", var what])
{
    return FirstCall.Run(what);
}

BenchmarkSwitcher.FromTypes([typeof(ScoringBenchmarks), typeof(ScaleBenchmarks)]).Run(args);
return 0;
