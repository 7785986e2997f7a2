using BenchmarkDotNet.Attributes;
using DtiRules.Compiler;
using DtiRules.Language.Binding;
using DtiRules.Language.Evaluation;

namespace DtiRules.Benchmarks;

/// <summary>W1–W4 with every engine and baseline, in one run so the ratios compare like with like.</summary>
[MemoryDiagnoser(displayGenColumns: false)]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class ScoringBenchmarks
{
    private const int Reweightings = 10_000;

    private BenchData _data = null!;
    private Interpreter _interpreter = null!;
    private CompiledScorer _compiled = null!;
    private HandWritten2022 _handWrittenProvinces = null!;
    private HandWritten2022 _handWrittenSynthetic = null!;
    private Dictionary<string, decimal[]> _plainProvinces = null!;
    private RulesEngineBaseline _rulesEngine = null!;
    private Reweighting _reweighting = null!;
    private Interpreter _reweightingInterpreter = null!;
    private CompiledScorer _reweightingCompiled = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = BenchData.Load();
        var engine = new CompiledEngine(CompiledEngineOptions.MemoryOnly);
        _interpreter = new Interpreter(_data.Ruleset);
        _compiled = engine.GetScorer(_data.Ruleset);
        _plainProvinces = BenchData.PlainColumns(_data.Provinces);
        _handWrittenProvinces = new HandWritten2022(_plainProvinces);
        _handWrittenSynthetic = new HandWritten2022(BenchData.PlainColumns(_data.Synthetic));
        _rulesEngine = new RulesEngineBaseline();
        _reweighting = new Reweighting(_data, Reweightings);
        _reweightingInterpreter = new Interpreter(_reweighting.Ruleset);
        _reweightingCompiled = engine.GetScorer(_reweighting.Ruleset);
        ScoreAgreement.Check(_data, _interpreter, _compiled, _handWrittenProvinces, _rulesEngine, _plainProvinces);
        ScoreAgreement.CheckReweighting(_reweighting, _reweightingInterpreter, _reweightingCompiled);
    }

    [Benchmark(Description = "W1 parse+check 2022 (warm)")]
    public BoundRuleset ParseAndCheck() => RulesetCompilation.FromFile(BenchData.Ruleset2022).Ruleset;

    [Benchmark(Description = "W2 63 provinces: interpreter")]
    public ScoringResult ProvincesInterpreted() => _interpreter.Score(_data.Provinces);

    [Benchmark(Description = "W2 63 provinces: compiled")]
    public ScoringResult ProvincesCompiled() => _compiled.Score(_data.Provinces);

    [Benchmark(Description = "W2 63 provinces: hand-written C#")]
    public object ProvincesHandWritten() => _handWrittenProvinces.Score();

    [Benchmark(Description = "W2 63 provinces: RulesEngine 6.0.1")]
    public object ProvincesRulesEngine() => _rulesEngine.Score(_plainProvinces);

    [Benchmark(Description = "W3 10,000 units: interpreter")]
    public ScoringResult SyntheticInterpreted() => _interpreter.Score(_data.Synthetic);

    [Benchmark(Description = "W3 10,000 units: compiled")]
    public ScoringResult SyntheticCompiled() => _compiled.Score(_data.Synthetic);

    [Benchmark(Description = "W3 10,000 units: hand-written C#")]
    public object SyntheticHandWritten() => _handWrittenSynthetic.Score();

    [Benchmark(Description = "W4 10,000 re-weightings: interpreter")]
    public int[][] ReweightingInterpreted() => _reweighting.WithEngine(_reweightingInterpreter);

    [Benchmark(Description = "W4 10,000 re-weightings: compiled")]
    public int[][] ReweightingCompiled() => _reweighting.WithEngine(_reweightingCompiled);

    [Benchmark(Description = "W4 10,000 re-weightings: hand-written C#")]
    public int[][] ReweightingHandWritten() => _reweighting.HandWritten();
}
