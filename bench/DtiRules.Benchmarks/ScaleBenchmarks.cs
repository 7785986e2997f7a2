using BenchmarkDotNet.Attributes;
using DtiRules.Data.Binding;
using DtiRules.Data.Reading;
using DtiRules.Data.Reports;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Scoring;

namespace DtiRules.Benchmarks;

/// <summary>
/// The stages of <c>dti score</c> on a unit list of 1,000 to 100,000 communes (every input of the
/// 2025 commune edition for each): read the list, read the data, bind it, score it, write the CSV.
/// The files are made by <c>src/DtiRules.SampleData scale</c> in <c>DTIRULES_SCALE_DIR</c> (bench/scale.sh).
/// </summary>
[MemoryDiagnoser(displayGenColumns: false)]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ScaleBenchmarks
{
    private BoundRuleset _ruleset = null!;
    private UnitList _units = null!;
    private RawDataset _raw = null!;
    private ScoringData _data = null!;
    private ScoringResult _result = null!;

    /// <summary>The number of units in the list and the data.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Units { get; set; }

    private string ListPath => Path.Combine(Folder, $"units-{Units}.csv");

    private string DataPath => Path.Combine(Folder, $"data-{Units}.csv");

    private static string Folder => Environment.GetEnvironmentVariable("DTIRULES_SCALE_DIR")
        ?? throw new InvalidOperationException("Set DTIRULES_SCALE_DIR to the folder bench/scale.sh fills.");

    [GlobalSetup]
    public void Setup()
    {
        _ruleset = RulesetCompilation.FromFile(Path.Combine(BenchData.Root, "rulesets", "dti-commune", "2025.dti")).Ruleset;
        _units = ReadList();
        _raw = ReadData();
        _data = Bind();
        _result = Score();
    }

    [Benchmark(Description = "read the unit list")]
    public UnitList ReadList() => UnitListReader.Read(ListPath, _ruleset.Header.UnitKind, Checked()) ?? throw new InvalidOperationException("The list has problems.");

    [Benchmark(Description = "read the data")]
    public RawDataset ReadData() => DatasetReader.Read(DataPath, Checked()) ?? throw new InvalidOperationException("The data has problems.");

    [Benchmark(Description = "bind the data")]
    public ScoringData Bind() => DatasetBinder.Bind(_raw, _ruleset.Schema, _units, Checked()) ?? throw new InvalidOperationException("The data does not bind.");

    [Benchmark(Description = "score (interpreter)")]
    public ScoringResult Score() => new Interpreter(_ruleset).Score(_data);

    [Benchmark(Description = "write the CSV")]
    public void WriteCsv() => CsvResultWriter.Write(_result, TextWriter.Null);

    private static DiagnosticBag Checked() => new();
}
