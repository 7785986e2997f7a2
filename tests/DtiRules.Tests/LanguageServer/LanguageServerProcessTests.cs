using System.Text.RegularExpressions;
using DtiRules.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace DtiRules.Tests.LanguageServer;

/// <summary>
/// Starts <c>dti lsp</c> as a process and speaks JSON-RPC over its pipes, as an editor does:
/// initialize, open and change documents, read the published diagnostics, ask the requests an
/// editor asks, and shut down.
/// </summary>
public sealed class LanguageServerProcessTests : IDisposable
{
    private readonly FamilyFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Initialize_declares_every_feature_and_shutdown_then_exit_ends_with_code_0()
    {
        await using var client = LspClient.StartProcess();
        var capabilities = await client.InitializeAsync();
        foreach (var feature in new[]
                 {
                     "hoverProvider", "definitionProvider", "referencesProvider", "completionProvider", "renameProvider",
                     "documentSymbolProvider", "documentFormattingProvider", "codeActionProvider", "semanticTokensProvider",
                 })
        {
            Assert.NotNull(capabilities[feature]);
        }

        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Diagnostics_follow_the_text_as_it_changes_with_did_you_mean_as_a_quick_fix()
    {
        await using var client = LspClient.StartProcess();
        await client.InitializeAsync();
        var uri = FamilyFolder.Uri(_folder.EditionPath);
        await client.OpenAsync(uri, FamilyFolder.Edition);
        Assert.Empty(await client.DiagnosticsAsync(uri, 1));

        var misspelt = FamilyFolder.Edition.Replace("ratio(ty_le, 100)", "ratio(ty_lee, 100)", StringComparison.Ordinal);
        await client.ChangeAsync(uri, misspelt, 2);
        var diagnostic = (JObject)Assert.Single(await client.DiagnosticsAsync(uri, 2));
        Assert.Equal("DR1001", (string?)diagnostic["code"]);
        Assert.Equal(1, (int)diagnostic["severity"]!);
        var (line, character) = FamilyFolder.Find(misspelt, "ty_lee");
        Assert.Equal(line, (int)diagnostic["range"]!["start"]!["line"]!);
        Assert.Equal(character, (int)diagnostic["range"]!["start"]!["character"]!);
        Assert.Equal(character + "ty_lee".Length, (int)diagnostic["range"]!["end"]!["character"]!);

        var actions = (JArray)await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri },
            range = diagnostic["range"],
            context = new { diagnostics = new[] { diagnostic } },
        });
        var fix = (JObject)Assert.Single(actions, a => (string?)a["title"] == "Replace with 'ty_le'");
        Assert.Equal("ty_le", (string?)fix["edit"]!["changes"]![uri]![0]!["newText"]);

        await client.ChangeAsync(uri, FamilyFolder.Edition, 3);
        Assert.Empty(await client.DiagnosticsAsync(uri, 3));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task The_unit_list_the_ruleset_names_is_checked_as_dti_check_checks_it_on_the_units_line()
    {
        var path = Path.Combine(_folder.Path, "don-vi.dti");
        var text = FamilyFolder.Other.Replace("unit province", "unit province\n  units \"don-vi.csv\"", StringComparison.Ordinal);
        File.WriteAllText(path, text);
        var unitsLine = FamilyFolder.Find(text, "units \"").Line;
        await using var client = LspClient.StartProcess();
        await client.InitializeAsync("en");
        var uri = FamilyFolder.Uri(path);

        // No list file yet: the units line says it cannot be read, as dti check says.
        await client.OpenAsync(uri, text);
        var missing = await client.DiagnosticsAsync(uri, 1);
        var (_, checkOutput, _) = CliRunner.Run("--lang", "en", "check", path);
        var unreadable = (JObject)Assert.Single(missing);
        Assert.Equal("DR4060", (string?)unreadable["code"]);
        Assert.Equal(unitsLine, (int)unreadable["range"]!["start"]!["line"]!);
        Assert.Contains($"error DR4060: {(string?)unreadable["message"]}", checkOutput, StringComparison.Ordinal);

        // A list with one code twice: the row's problem shows on the units line, its row related.
        var list = Path.Combine(_folder.Path, "don-vi.csv");
        File.WriteAllText(list, "\uFEFFcode,name\r\n01,Hà Nội\r\n01,Hải Phòng\r\n");
        await client.ChangeAsync(uri, text, 2);
        var duplicate = (JObject)Assert.Single(await client.DiagnosticsAsync(uri, 2));
        Assert.Equal("DR4053", (string?)duplicate["code"]);
        Assert.Equal(unitsLine, (int)duplicate["range"]!["start"]!["line"]!);
        var row = (JObject)Assert.Single((JArray)duplicate["relatedInformation"]!);
        Assert.Equal(FamilyFolder.Uri(list), (string?)row["location"]!["uri"]);
        Assert.Equal(2, (int)row["location"]!["range"]!["start"]!["line"]!);
        Assert.Contains($"don-vi.csv(3,1): error DR4053: {(string?)row["message"]}", CliRunner.Run("--lang", "en", "check", path).Out, StringComparison.Ordinal);

        // Fixed on disk: nothing left.
        File.WriteAllText(list, "code,name\n01,Hà Nội\n31,Hải Phòng\n");
        await client.ChangeAsync(uri, text, 3);
        Assert.Empty(await client.DiagnosticsAsync(uri, 3));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task A_problem_the_edition_causes_in_an_inherited_node_shows_on_its_own_line_with_the_base_line_related()
    {
        await using var client = LspClient.StartProcess();
        await client.InitializeAsync();
        var uri = FamilyFolder.Uri(_folder.EditionPath);
        var moved = "ruleset fam edition 2025 extends fam 2024 {\n  title \"2025\"\n}\n\noverride node diem_a max 30\noverride node diem_b max 70\n";
        await client.OpenAsync(uri, moved);
        var diagnostics = await client.DiagnosticsAsync(uri, 1);

        var unreachable = (JObject)Assert.Single(diagnostics, d => (string?)d["code"] == "DR2025");
        Assert.Equal(FamilyFolder.Find(moved, "diem_b").Line, (int)unreachable["range"]!["start"]!["line"]!);
        var related = (JObject)Assert.Single((JArray)unreachable["relatedInformation"]!);
        Assert.Equal(FamilyFolder.Uri(_folder.BasePath), (string?)related["location"]!["uri"]);
        Assert.Equal(FamilyFolder.Find(FamilyFolder.Base, "levels truong_ban").Line, (int)related["location"]!["range"]!["start"]!["line"]!);
        var exceeds = (JObject)Assert.Single(diagnostics, d => (string?)d["code"] == "DR2010");
        Assert.Equal(FamilyFolder.Find(moved, "diem_a").Line, (int)exceeds["range"]!["start"]!["line"]!);
        Assert.Contains("from 60 to 30: rescale", (string?)exceeds["message"], StringComparison.Ordinal);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Hover_shows_label_max_provenance_the_base_edition_and_the_proven_points()
    {
        await using var client = LspClient.StartProcess();
        await client.InitializeAsync();
        var uri = FamilyFolder.Uri(_folder.EditionPath);
        await client.OpenAsync(uri, FamilyFolder.Edition);

        var node = (string)(await client.RequestAsync("textDocument/hover", FamilyFolder.At(uri, FamilyFolder.Find(FamilyFolder.Edition, "diem_a"))))["contents"]!["value"]!;
        Assert.Contains("Điểm A", node, StringComparison.Ordinal);
        Assert.Contains("max 60 points", node, StringComparison.Ordinal);
        Assert.Contains("assumed: Nửa điểm khi trưởng ban là chủ tịch", node, StringComparison.Ordinal);
        Assert.Contains($"inherited from `fam 2024` (2024.dti, line {FamilyFolder.Find(FamilyFolder.Base, "diem_a").Line + 1})", node, StringComparison.Ordinal);
        Assert.Contains("proven points: 0..60", node, StringComparison.Ordinal);

        var input = (string)(await client.RequestAsync("textDocument/hover", FamilyFolder.At(uri, FamilyFolder.Find(FamilyFolder.Edition, "ty_le"))))["contents"]!["value"]!;
        Assert.Contains("input `ty_le`", input, StringComparison.Ordinal);
        Assert.Contains("type percent · range 0..100 · unit %", input, StringComparison.Ordinal);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Hover_on_max_shows_the_max_points_of_the_node_it_stands_for()
    {
        var text = FamilyFolder.Base.Replace("score = ratio(ty_le, 100) * 60", "score = ratio(ty_le, 100) * max", StringComparison.Ordinal);
        await using var client = LspClient.StartProcess();
        await client.InitializeAsync();
        var uri = FamilyFolder.Uri(_folder.BasePath);
        await client.OpenAsync(uri, text);

        async Task<string> HoverAt((int Line, int Character) at) =>
            (string)(await client.RequestAsync("textDocument/hover", FamilyFolder.At(uri, at)))["contents"]!["value"]!;

        var inFormula = await HoverAt(FamilyFolder.Find(text, "max\n"));
        Assert.Contains("`max` = 60", inFormula, StringComparison.Ordinal);
        Assert.Contains("node `diem_a` Điểm A", inFormula, StringComparison.Ordinal);
        var inHeader = await HoverAt(FamilyFolder.Find(text, "max 100"));
        Assert.Contains("`max` = 100", inHeader, StringComparison.Ordinal);
        Assert.Contains("node `chinh`", inHeader, StringComparison.Ordinal);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Theory]
    [InlineData("unit ")]
    [InlineData("unit com")]
    public async Task Completion_after_unit_in_the_header_offers_the_unit_kinds(string typed)
    {
        var text = FamilyFolder.Base.Replace("unit province", typed, StringComparison.Ordinal);
        await using var client = LspClient.StartProcess();
        await client.InitializeAsync();
        var uri = FamilyFolder.Uri(_folder.BasePath);
        await client.OpenAsync(uri, text);
        var at = FamilyFolder.Find(text, typed);

        var items = (JArray)(await client.RequestAsync("textDocument/completion", FamilyFolder.At(uri, (at.Line, at.Character + typed.Length))))["items"]!;

        Assert.Equal(["province", "commune", "district", "department", "ministry", "custom"], items.Select(i => (string)i["label"]!));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Definition_goes_into_the_base_edition_and_references_stay_in_the_family()
    {
        await using var client = LspClient.StartProcess();
        await client.InitializeAsync();
        var uri = FamilyFolder.Uri(_folder.EditionPath);
        await client.OpenAsync(uri, FamilyFolder.Edition);

        var at = FamilyFolder.At(uri, FamilyFolder.Find(FamilyFolder.Edition, "ty_le"));
        var definition = (JObject)Assert.Single((JArray)await client.RequestAsync("textDocument/definition", at));
        Assert.Equal(FamilyFolder.Uri(_folder.BasePath), (string?)definition["uri"]);
        Assert.Equal(FamilyFolder.Find(FamilyFolder.Base, "input ty_le").Line, (int)definition["range"]!["start"]!["line"]!);

        var references = (JArray)await client.RequestAsync("textDocument/references", new
        {
            textDocument = new { uri },
            position = ((JObject)JObject.FromObject(at))["position"],
            context = new { includeDeclaration = true },
        });
        var files = references.Select(r => Path.GetFileName(new Uri((string)r["uri"]!).LocalPath)).ToList();
        // The base declares ty_le and reads it once; the edition reads it once; khac.dti's ty_le is another input.
        Assert.Equal(2, files.Count(f => f == "2024.dti"));
        Assert.Equal(1, files.Count(f => f == "2025.dti"));
        Assert.DoesNotContain("khac.dti", files);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Completion_offers_ids_in_scope_built_ins_with_signatures_keywords_and_level_members()
    {
        await using var client = LspClient.StartProcess();
        await client.InitializeAsync();
        var uri = FamilyFolder.Uri(_folder.EditionPath);
        await client.OpenAsync(uri, FamilyFolder.Edition);

        var items = (JArray)(await client.RequestAsync("textDocument/completion", FamilyFolder.At(uri, FamilyFolder.Find(FamilyFolder.Edition, "ratio"))))["items"]!;
        var labels = items.ToDictionary(i => (string)i["label"]!, i => (string?)i["detail"]);
        Assert.Contains("diem_b", labels.Keys);          // inherited from the base edition
        Assert.Contains("truong_ban", labels.Keys);
        Assert.Contains("dti", labels.Keys);
        Assert.Equal("ratio(numerator, denominator)", labels["ratio"]);
        Assert.Contains("override", labels.Keys);

        var dot = FamilyFolder.Find(FamilyFolder.Edition, "chair_level.chair");
        var members = (JArray)(await client.RequestAsync("textDocument/completion", FamilyFolder.At(uri, (dot.Line, dot.Character + "chair_level.".Length))))["items"]!;
        Assert.Equal(["none", "deputy", "chair"], members.Select(m => (string)m["label"]!));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Rename_edits_the_base_and_the_edition_warns_about_data_columns_and_refuses_keywords()
    {
        await using var client = LspClient.StartProcess();
        await client.InitializeAsync();
        var uri = FamilyFolder.Uri(_folder.EditionPath);
        await client.OpenAsync(uri, FamilyFolder.Edition);
        var at = FamilyFolder.At(uri, FamilyFolder.Find(FamilyFolder.Edition, "ty_le"));

        var edit = (JObject)(await client.RequestAsync("textDocument/rename", new
        {
            textDocument = new { uri },
            position = ((JObject)JObject.FromObject(at))["position"],
            newName = "ty_le_cap_quang",
        }))["changes"]!;
        var warning = await client.NotificationAsync("window/showMessage", _ => true);
        Assert.Contains("data column", (string?)warning["message"], StringComparison.Ordinal);

        Assert.Equal(
            Rename(FamilyFolder.Base, "ty_le", "ty_le_cap_quang"),
            Apply(FamilyFolder.Base, (JArray)edit[FamilyFolder.Uri(_folder.BasePath)]!));
        Assert.Equal(
            Rename(FamilyFolder.Edition, "ty_le", "ty_le_cap_quang"),
            Apply(FamilyFolder.Edition, (JArray)edit[uri]!));
        Assert.Null(edit[FamilyFolder.Uri(_folder.OtherPath)]);

        var refused = await Assert.ThrowsAsync<LspErrorException>(() => client.RequestAsync("textDocument/rename", new
        {
            textDocument = new { uri },
            position = ((JObject)JObject.FromObject(at))["position"],
            newName = "tiers",
        }));
        Assert.Equal(-32803, refused.Code);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Formatting_gives_what_dti_fmt_writes()
    {
        var messy = FamilyFolder.Edition.Replace("\n  assumed", "\n        assumed", StringComparison.Ordinal).Replace("score = min(", "score=min(", StringComparison.Ordinal);
        var copy = Path.Combine(_folder.Path, "fmt-copy.dti");
        File.WriteAllText(copy, messy);
        Assert.Equal(0, CliRunner.Run("fmt", copy).ExitCode);
        var expected = File.ReadAllText(copy);
        File.Delete(copy);

        await using var client = LspClient.StartProcess();
        await client.InitializeAsync();
        var uri = FamilyFolder.Uri(_folder.EditionPath);
        await client.OpenAsync(uri, messy);
        var edits = (JArray)await client.RequestAsync("textDocument/formatting", new { textDocument = new { uri }, options = new { tabSize = 2, insertSpaces = true } });
        Assert.Equal(expected, Apply(messy, edits));

        await client.ChangeAsync(uri, expected, 2);
        Assert.Empty((JArray)await client.RequestAsync("textDocument/formatting", new { textDocument = new { uri }, options = new { tabSize = 2, insertSpaces = true } }));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Document_symbols_are_the_node_tree_and_semantic_tokens_colour_ids_by_what_they_name()
    {
        await using var client = LspClient.StartProcess();
        var capabilities = await client.InitializeAsync();
        var uri = FamilyFolder.Uri(_folder.BasePath);
        await client.OpenAsync(uri, FamilyFolder.Base);

        var symbols = (JArray)await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
        var main = (JObject)Assert.Single(symbols, s => (string?)s["name"] == "chinh");
        Assert.Equal(["diem_a", "diem_b"], ((JArray)main["children"]!).Select(c => (string)c["name"]!));

        var types = ((JArray)capabilities["semanticTokensProvider"]!["legend"]!["tokenTypes"]!).Select(t => (string)t!).ToList();
        var data = ((JArray)(await client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri } }))["data"]!).Select(d => (int)d).ToList();
        Assert.Equal(0, data.Count % 5);
        var tokens = Decode(data).ToList();
        var diemA = FamilyFolder.Find(FamilyFolder.Base, "diem_a");
        var token = Assert.Single(tokens, t => (t.Line, t.Character) == diemA);
        Assert.Equal("property", types[token.Type]);
        var input = FamilyFolder.Find(FamilyFolder.Base, "ty_le", 1);
        Assert.Equal("parameter", types[Assert.Single(tokens, t => (t.Line, t.Character) == input).Type]);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task The_shipped_editions_open_without_diagnostics_and_2023_goes_to_2022_for_its_nodes()
    {
        var folder = RepositoryPaths.Combine("rulesets", "dti-province");
        await using var client = LspClient.StartProcess();
        await client.InitializeAsync();
        foreach (var file in Directory.GetFiles(folder, "*.dti").Order(StringComparer.Ordinal))
        {
            var uri = FamilyFolder.Uri(file);
            await client.OpenAsync(uri, File.ReadAllText(file));
            Assert.Empty(await client.DiagnosticsAsync(uri));
        }

        var text2023 = File.ReadAllText(Path.Combine(folder, "2023.dti"));
        var overridden = Regex.Match(text2023, @"override node (\w+)").Groups[1];
        var at = FamilyFolder.Find(text2023, "override node " + overridden.Value);
        var definition = (JObject)Assert.Single((JArray)await client.RequestAsync(
            "textDocument/definition", FamilyFolder.At(FamilyFolder.Uri(Path.Combine(folder, "2023.dti")), (at.Line, at.Character + "override node ".Length))));
        Assert.Equal(FamilyFolder.Uri(Path.Combine(folder, "2022.dti")), (string?)definition["uri"]);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    /// <summary>Every whole-word occurrence of <paramref name="from"/> outside quotes, renamed: the expectation, computed from the text.</summary>
    private static string Rename(string text, string from, string to) =>
        string.Join('"', text.Split('"').Select((part, i) => i % 2 == 1 ? part : Regex.Replace(part, $@"\b{from}\b", to)));

    private static string Apply(string text, JArray edits)
    {
        var lines = text.Split('\n');
        int Offset(JToken position) =>
            lines.Take((int)position["line"]!).Sum(l => l.Length + 1) + (int)position["character"]!;
        foreach (var edit in edits.OrderByDescending(e => Offset(e["range"]!["start"]!)))
        {
            var start = Offset(edit["range"]!["start"]!);
            var end = Offset(edit["range"]!["end"]!);
            text = string.Concat(text.AsSpan(0, start), (string)edit["newText"]!, text.AsSpan(Math.Min(end, text.Length)));
        }

        return text;
    }

    private static IEnumerable<(int Line, int Character, int Length, int Type)> Decode(IReadOnlyList<int> data)
    {
        var (line, character) = (0, 0);
        for (var i = 0; i < data.Count; i += 5)
        {
            character = data[i] == 0 ? character + data[i + 1] : data[i + 1];
            line += data[i];
            yield return (line, character, data[i + 2], data[i + 3]);
        }
    }
}
