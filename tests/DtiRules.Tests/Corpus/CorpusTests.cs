using System.Text;
using DtiRules.Data.Binding;
using DtiRules.Data.Reading;
using DtiRules.Data.Reports;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;
using DtiRules.Scoring;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Corpus;

/// <summary>
/// Runs every ruleset case under <c>tests/cases</c> and compares its diagnostics and, for cases with
/// a dataset, its scored result with the golden files beside it (see tests/cases/README.md).
/// </summary>
public sealed class CorpusTests
{
    private const string ScoringFolderPrefix = "500-";

    private static readonly string[] SnapshotSuffixes = [".diagnostics.txt", ".result.csv"];

    private static string CasesRoot => RepositoryPaths.Combine("tests", "cases");

    public static TheoryData<string> Cases()
    {
        var cases = new TheoryData<string>();
        foreach (var name in CaseNames())
        {
            cases.Add(name);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_matches_its_snapshots(string caseName)
    {
        var rulesetPath = Path.Combine(CasesRoot, caseName);
        var stem = rulesetPath[..^".dti".Length];
        var text = File.ReadAllText(rulesetPath, Encoding.UTF8);
        var compilation = RulesetCompilation.Create(SourceText.From(text, Path.GetFileName(rulesetPath)));
        var diagnostics = new List<Diagnostic>(compilation.Diagnostics);

        var dataPath = stem + ".csv";
        var isScoringCase = IsScoringCase(caseName);
        Assert.True(
            isScoringCase == File.Exists(dataPath),
            isScoringCase ? $"Scoring case {caseName} has no dataset {Path.GetFileName(dataPath)}." : $"Only cases in {ScoringFolderPrefix}* folders are scored; remove {Path.GetFileName(dataPath)}.");
        if (isScoringCase)
        {
            Assert.False(compilation.HasErrors, "A scoring case must compile:\n" + string.Join("\n", compilation.Diagnostics));
            var result = Score(compilation, dataPath, diagnostics);
            Snapshot.Match(RenderResult(result), stem + ".result.csv");
        }
        else
        {
            Assert.True(diagnostics.Count > 0, $"{caseName} is a bad case but compiles without any diagnostic.");
        }

        Snapshot.Match(RenderDiagnostics(diagnostics), stem + ".diagnostics.txt");
    }

    [Fact]
    public void The_corpus_has_cases_in_every_folder()
    {
        var folders = CaseNames().Select(name => name.Split('/')[0]).Distinct().ToList();
        Assert.Equal(["010-syntax", "100-names", "200-types", "300-structure", "500-scoring"], folders);
    }

    [Fact]
    public void Every_snapshot_and_dataset_belongs_to_a_case()
    {
        var orphans = Directory.EnumerateFiles(CasesRoot, "*", SearchOption.AllDirectories)
            .Where(path => !path.EndsWith(".dti", StringComparison.Ordinal))
            .Where(path => !string.Equals(Path.GetFileName(path), "README.md", StringComparison.Ordinal))
            .Where(path => !Path.GetFileName(path).Contains(".actual.", StringComparison.Ordinal))
            .Where(path => !File.Exists(CaseStem(path) + ".dti"))
            .Select(ToCaseName)
            .ToList();
        Assert.Empty(orphans);
    }

    [Fact]
    public void Every_case_starts_with_a_comment_saying_what_it_checks()
    {
        var uncommented = Directory.EnumerateFiles(CasesRoot, "*.dti", SearchOption.AllDirectories)
            .Where(path => !File.ReadLines(path, Encoding.UTF8).FirstOrDefault(string.Empty).StartsWith("// ", StringComparison.Ordinal))
            .Select(ToCaseName)
            .ToList();
        Assert.Empty(uncommented);
    }

    private static List<string> CaseNames() =>
        [.. Directory.EnumerateFiles(CasesRoot, "*.dti", SearchOption.AllDirectories).Select(ToCaseName).Order(StringComparer.Ordinal)];

    private static ScoringResult Score(RulesetCompilation compilation, string dataPath, List<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        var raw = DatasetReader.Read(File.ReadAllBytes(dataPath), Path.GetFileName(dataPath), bag);
        var data = raw is null ? null : DatasetBinder.Bind(raw, compilation.Ruleset.Schema, UnitList.Provinces63, bag);
        Assert.True(data is not null, "The case's dataset must bind:\n" + string.Join("\n", bag));
        diagnostics.AddRange(bag);

        var result = new Interpreter(compilation.Ruleset).Score(data);
        diagnostics.AddRange(result.Diagnostics);
        return result;
    }

    private static string RenderDiagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        var text = new StringBuilder();
        foreach (var diagnostic in diagnostics)
        {
            text.Append(diagnostic.ToString()).Append('\n');
        }

        return text.ToString();
    }

    private static string RenderResult(ScoringResult result)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        CsvResultWriter.Write(result, writer);
        return writer.ToString();
    }

    private static bool IsScoringCase(string caseName) => caseName.StartsWith(ScoringFolderPrefix, StringComparison.Ordinal);

    private static string CaseStem(string path)
    {
        var name = Path.GetFileName(path);
        var suffix = SnapshotSuffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal)) ?? Path.GetExtension(name);
        return path[..^suffix.Length];
    }

    private static string ToCaseName(string path) => Path.GetRelativePath(CasesRoot, path).Replace('\\', '/');
}
