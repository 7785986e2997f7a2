using BenchmarkDotNet.Attributes;
using DtiRules.Analysis.Sensitivity;
using DtiRules.Compiler;
using DtiRules.Data.Binding;
using DtiRules.Data.Reading;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Scoring;

namespace DtiRules.Benchmarks;

/// <summary>
/// <c>dti sensitivity</c>'s analysis on both cores: 10,000 samples of the 2022 edition's declared
/// uncertainty (eight main-index weights, the missing-data policy, noise on one input) over the 63
/// provinces of the sample, and 1,000 samples of ±20% on every main index of the 2025 commune
/// edition over 3,321 synthetic communes (made by <c>src/DtiRules.SampleData scale … 3321</c> in
/// <c>DTIRULES_SCALE_DIR</c>), each under the interpreter and the compiled engine. The compiled
/// rulesets are compiled in the setup, as a second run of the command would find them cached.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class SensitivityBenchmarks
{
    private BoundRuleset _provinceRuleset = null!;
    private ScoringData _provinces = null!;
    private BoundRuleset _communeRuleset = null!;
    private ScoringData _communes = null!;

    [GlobalSetup]
    public void Setup()
    {
        _provinceRuleset = RulesetCompilation.FromFile(BenchData.Ruleset2022).Ruleset;
        var bag = new DiagnosticBag();
        _provinces = DatasetBinder.Bind(DatasetReader.Read(Path.Combine(BenchData.Root, "data", "sample", "provinces-2022.csv"), bag)!, _provinceRuleset.Schema, UnitList.Provinces63, bag)!;
        _communeRuleset = RulesetCompilation.FromFile(Path.Combine(BenchData.Root, "rulesets", "dti-commune", "2025.dti")).Ruleset;
        var folder = Environment.GetEnvironmentVariable("DTIRULES_SCALE_DIR") ?? throw new InvalidOperationException("Set DTIRULES_SCALE_DIR to a folder holding data-3321.csv and units-3321.csv.");
        var units = UnitListReader.Read(Path.Combine(folder, "units-3321.csv"), _communeRuleset.Header.UnitKind, bag)!;
        _communes = DatasetBinder.Bind(DatasetReader.Read(Path.Combine(folder, "data-3321.csv"), bag)!, _communeRuleset.Schema, units, bag)!;
        if (bag.HasErrors)
        {
            throw new InvalidOperationException(string.Join("\n", bag));
        }

        Compiled(_provinceRuleset, _provinces, _provinceRuleset.Uncertainty, 2);
        Compiled(_communeRuleset, _communes, SensitivityFactors.VaryWeights(_communeRuleset, 20m), 2);
    }

    [Benchmark(Description = "sensitivity 10,000 samples × 63 provinces: interpreter")]
    public SensitivityResult ProvincesInterpreted() => Interpreted(_provinceRuleset, _provinces, _provinceRuleset.Uncertainty, 10_000);

    [Benchmark(Description = "sensitivity 10,000 samples × 63 provinces: compiled")]
    public SensitivityResult ProvincesCompiled() => Compiled(_provinceRuleset, _provinces, _provinceRuleset.Uncertainty, 10_000);

    [Benchmark(Description = "sensitivity 1,000 samples × 3,321 communes: interpreter")]
    public SensitivityResult CommunesInterpreted() => Interpreted(_communeRuleset, _communes, SensitivityFactors.VaryWeights(_communeRuleset, 20m), 1_000);

    [Benchmark(Description = "sensitivity 1,000 samples × 3,321 communes: compiled")]
    public SensitivityResult CommunesCompiled() => Compiled(_communeRuleset, _communes, SensitivityFactors.VaryWeights(_communeRuleset, 20m), 1_000);

    private static SensitivityResult Interpreted(BoundRuleset ruleset, ScoringData data, IReadOnlyList<Language.Binding.Uncertainty.UncertaintyFactor> factors, int samples) =>
        Run(ruleset, data, factors, samples, (rulesets, _) => [.. rulesets.Select(r => new Interpreter(r))]);

    private static SensitivityResult Compiled(BoundRuleset ruleset, ScoringData data, IReadOnlyList<Language.Binding.Uncertainty.UncertaintyFactor> factors, int samples) =>
        Run(ruleset, data, factors, samples, (rulesets, _) =>
        {
            CompiledEngine.Shared.CompileTogether(rulesets);
            return [.. rulesets.Select(CompiledEngine.Shared.GetScorer)];
        });

    private static SensitivityResult Run(
        BoundRuleset ruleset, ScoringData data, IReadOnlyList<Language.Binding.Uncertainty.UncertaintyFactor> factors, int samples, Func<IReadOnlyList<BoundRuleset>, long, IReadOnlyList<IScorer>> prepare) =>
        SensitivityAnalysis.Run(ruleset, data, factors, new SensitivityOptions(samples, Top: 20), prepare, new DiagnosticBag())
        ?? throw new InvalidOperationException("The analysis did not run.");
}
