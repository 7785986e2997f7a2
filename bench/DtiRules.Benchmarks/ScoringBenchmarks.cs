using BenchmarkDotNet.Attributes;
using DtiRules.Compiler;
using DtiRules.Language.Binding;
using DtiRules.Scoring;

namespace DtiRules.Benchmarks;

/// <summary>
/// W1–W4 with every engine and baseline, in one run so the ratios compare like with like.
/// BenchmarkDotNet runs each benchmark in its own process; each workload's set-up builds only that
/// workload's data, so no process carries another workload's data through its garbage collections.
/// </summary>
[MemoryDiagnoser(displayGenColumns: false)]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class ScoringBenchmarks
{
    private const int Reweightings = 10_000;

    private BenchData _data = null!;
    private Interpreter _interpreter = null!;
    private CompiledScorer _compiled = null!;
    private HandWritten2022 _handWritten = null!;
    private Dictionary<string, decimal[]> _plainProvinces = null!;
    private RulesEngineBaseline _rulesEngine = null!;
    private Reweighting _reweighting = null!;
    private Interpreter _reweightingInterpreter = null!;
    private CompiledScorer _reweightingCompiled = null!;

    [GlobalSetup(Targets = [nameof(ProvincesInterpreted), nameof(ProvincesCompiled), nameof(ProvincesHandWritten), nameof(ProvincesRulesEngine)])]
    public void SetupProvinces()
    {
        Engines(BenchData.Load(syntheticUnits: 1));
        _plainProvinces = BenchData.PlainColumns(_data.Provinces);
        _handWritten = new HandWritten2022(_plainProvinces);
        _rulesEngine = new RulesEngineBaseline();
        ScoreAgreement.Check(_data, _interpreter, _compiled, _handWritten, _rulesEngine, _plainProvinces);
    }

    [GlobalSetup(Targets = [nameof(SyntheticInterpreted), nameof(SyntheticCompiled), nameof(SyntheticHandWritten)])]
    public void SetupSynthetic()
    {
        Engines(BenchData.Load());
        _handWritten = new HandWritten2022(BenchData.PlainColumns(_data.Synthetic));
        ScoreAgreement.CheckSynthetic(_data, _interpreter, _compiled, _handWritten);
    }

    [GlobalSetup(Targets = [nameof(ReweightingInterpreted), nameof(ReweightingCompiled), nameof(ReweightingHandWritten)])]
    public void SetupReweighting()
    {
        _reweighting = new Reweighting(BenchData.Load(syntheticUnits: 1), Reweightings);
        _reweightingInterpreter = new Interpreter(_reweighting.Ruleset);
        _reweightingCompiled = new CompiledEngine(CompiledEngineOptions.MemoryOnly).GetScorer(_reweighting.Ruleset);
        ScoreAgreement.CheckReweighting(_reweighting, _reweightingInterpreter, _reweightingCompiled);
    }

    [Benchmark(Description = "W1 parse+check 2022 (warm)")]
    public BoundRuleset ParseAndCheck() => RulesetCompilation.FromFile(BenchData.Ruleset2022).Ruleset;

    [Benchmark(Description = "W2 63 provinces: interpreter")]
    public ScoringResult ProvincesInterpreted() => _interpreter.Score(_data.Provinces);

    [Benchmark(Description = "W2 63 provinces: compiled")]
    public ScoringResult ProvincesCompiled() => _compiled.Score(_data.Provinces);

    [Benchmark(Description = "W2 63 provinces: hand-written C#")]
    public object ProvincesHandWritten() => _handWritten.Score();

    [Benchmark(Description = "W2 63 provinces: RulesEngine 6.0.1")]
    public object ProvincesRulesEngine() => _rulesEngine.Score(_plainProvinces);

    [Benchmark(Description = "W3 10,000 units: interpreter")]
    public ScoringResult SyntheticInterpreted() => _interpreter.Score(_data.Synthetic);

    [Benchmark(Description = "W3 10,000 units: compiled")]
    public ScoringResult SyntheticCompiled() => _compiled.Score(_data.Synthetic);

    [Benchmark(Description = "W3 10,000 units: hand-written C#")]
    public object SyntheticHandWritten() => _handWritten.Score();

    [Benchmark(Description = "W4 10,000 re-weightings: interpreter")]
    public int[][] ReweightingInterpreted() => _reweighting.WithEngine(_reweightingInterpreter);

    [Benchmark(Description = "W4 10,000 re-weightings: compiled")]
    public int[][] ReweightingCompiled() => _reweighting.WithEngine(_reweightingCompiled);

    [Benchmark(Description = "W4 10,000 re-weightings: hand-written C#")]
    public int[][] ReweightingHandWritten() => _reweighting.HandWritten();

    private void Engines(BenchData data)
    {
        _data = data;
        _interpreter = new Interpreter(data.Ruleset);
        _compiled = new CompiledEngine(CompiledEngineOptions.MemoryOnly).GetScorer(data.Ruleset);
    }
}
