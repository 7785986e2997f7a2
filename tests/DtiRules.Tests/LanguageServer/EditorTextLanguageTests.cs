using System.Globalization;
using System.Xml.Linq;
using DtiRules.Language.Localization;
using DtiRules.LanguageServer;
using DtiRules.LanguageServer.Analysis;
using DtiRules.Tests.Infrastructure;
using DtiRules.Tests.Localization;
using Nerdbank.Streams;
using Newtonsoft.Json.Linq;

namespace DtiRules.Tests.LanguageServer;

/// <summary>Hovers, completions, renames and the outline speak the language of the editor's <c>locale</c>, as the diagnostics do.</summary>
public sealed class EditorTextLanguageTests : IDisposable
{
    private readonly FamilyFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("vi", true)]
    [InlineData("en-US", false)]
    public async Task Hover_and_completion_follow_the_locale_of_initialize(string locale, bool vietnamese)
    {
        await using var client = LspClient.StartProcess();
        await client.InitializeAsync(locale);
        var uri = FamilyFolder.Uri(_folder.EditionPath);
        await client.OpenAsync(uri, FamilyFolder.Edition);

        var node = await HoverAsync(client, uri, FamilyFolder.Find(FamilyFolder.Edition, "diem_a"));
        var input = await HoverAsync(client, uri, FamilyFolder.Find(FamilyFolder.Edition, "ty_le"));
        var items = (JArray)(await client.RequestAsync("textDocument/completion", FamilyFolder.At(uri, FamilyFolder.Find(FamilyFolder.Edition, "ratio"))))["items"]!;

        Assert.Contains(Format(Editor("Hover_MaxPoints", vietnamese), "60"), node, StringComparison.Ordinal);
        Assert.Contains(Format(Editor("Hover_InheritedFrom", vietnamese), "`fam 2024` ", "2024.dti", FamilyFolder.Find(FamilyFolder.Base, "diem_a").Line + 1), node, StringComparison.Ordinal);
        Assert.Contains(Format(Editor("Hover_Type", vietnamese), DiagnosticResx.Text("DtiRules.Language", "TypeName_Percent", vietnamese)), input, StringComparison.Ordinal);
        Assert.Contains(Editor("Hover_SuppliedByColumn", vietnamese), input, StringComparison.Ordinal);
        var ratio = (JObject)items.Single(i => (string?)i["label"] == "ratio");
        Assert.Equal(Editor("Builtin_ratio", vietnamese), (string?)ratio["documentation"]);
        var total = (JObject)items.Single(i => (string?)i["label"] == "total");
        Assert.Equal(Editor("Completion_Total", vietnamese), (string?)total["detail"]);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Rename_warns_and_refuses_in_the_language_of_the_locale()
    {
        await using var client = LspClient.StartProcess();
        await client.InitializeAsync("vi");
        var uri = FamilyFolder.Uri(_folder.EditionPath);
        await client.OpenAsync(uri, FamilyFolder.Edition);
        var position = ((JObject)JObject.FromObject(FamilyFolder.At(uri, FamilyFolder.Find(FamilyFolder.Edition, "ty_le"))))["position"];

        await client.RequestAsync("textDocument/rename", new { textDocument = new { uri }, position, newName = "ty_le_cap_quang" });
        var warning = await client.NotificationAsync("window/showMessage", _ => true);
        var refused = await Assert.ThrowsAsync<LspErrorException>(() => client.RequestAsync("textDocument/rename", new { textDocument = new { uri }, position, newName = "tiers" }));

        Assert.Equal(Format(Editor("Rename_DataColumn", vietnamese: true), "ty_le", "ty_le_cap_quang"), (string?)warning["message"]);
        Assert.Equal(Format(Editor("Rename_InvalidId", vietnamese: true), "tiers"), refused.Message);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task The_outline_says_its_own_words_in_the_language_of_the_locale()
    {
        await using var client = LspClient.StartProcess();
        await client.InitializeAsync("vi");
        var uri = FamilyFolder.Uri(_folder.EditionPath);
        var text = FamilyFolder.Edition + "rename node diem_b to diem_c\n\nuncertainty {\n  weight diem_a ±20%\n  formula diem_a {\n    \"a\": 10\n    \"b\": 20\n  }\n}\n";
        await client.OpenAsync(uri, text);

        var symbols = (JArray)await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });

        var renamed = (JObject)symbols.Single(s => (string?)s["name"] == "diem_c");
        var uncertainty = (JObject)symbols.Single(s => (string?)s["name"] == "uncertainty");
        var formula = (JObject)((JArray)uncertainty["children"]!).Single(c => ((string?)c["detail"])?.StartsWith("formula", StringComparison.Ordinal) == true);
        Assert.Equal(Format(Editor("Outline_RenamedFrom", vietnamese: true), "diem_b"), (string?)renamed["detail"]);
        Assert.Equal(Format(Editor("Outline_Factors", vietnamese: true), 2), (string?)uncertainty["detail"]);
        Assert.Equal(Format(Editor("Outline_Alternatives", vietnamese: true), 2), (string?)formula["detail"]);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task In_the_pseudo_language_hovers_and_completions_leave_nothing_untranslated()
    {
        var text = FamilyFolder.Base.Replace("score = ratio(ty_le, 100) * 60", "score = ratio(ty_le, 100) * max", StringComparison.Ordinal);
        DtiLanguageServer server;
        using (DisplaySettings.Use(new DisplaySettings(DisplayLanguage.Pseudo, DecimalMark.Point)))
        {
            server = new DtiLanguageServer(TimeSpan.FromMilliseconds(10));
        }

        var (serverEnd, clientEnd) = FullDuplexStream.CreatePair();
        var running = LanguageServerHost.RunAsync(server, serverEnd, serverEnd, CancellationToken.None);
        await using var client = LspClient.Over(clientEnd, clientEnd);
        await client.InitializeAsync();
        var (baseUri, editionUri) = (FamilyFolder.Uri(_folder.BasePath), FamilyFolder.Uri(_folder.EditionPath));
        await client.OpenAsync(baseUri, text);
        await client.OpenAsync(editionUri, FamilyFolder.Edition);

        var shown = new List<string>();
        foreach (var word in new[] { "chair_level", "none", "ty_le", "chinh", "diem_b", "dti", "ratio", "max\n", "max 100" })
        {
            shown.Add(await HoverAsync(client, baseUri, FamilyFolder.Find(text, word)));
        }

        shown.Add(await HoverAsync(client, editionUri, FamilyFolder.Find(FamilyFolder.Edition, "diem_a")));
        var items = (JArray)(await client.RequestAsync("textDocument/completion", FamilyFolder.At(editionUri, FamilyFolder.Find(FamilyFolder.Edition, "ratio"))))["items"]!;
        shown.AddRange(items.Select(i => $"{i["detail"]} {i["documentation"]}"));
        var unit = FamilyFolder.Find(text, "unit province");
        var kinds = (JArray)(await client.RequestAsync("textDocument/completion", FamilyFolder.At(baseUri, (unit.Line, unit.Character + "unit ".Length))))["items"]!;
        shown.AddRange(kinds.Select(i => (string)i["detail"]!));

        // A levels declaration's hover and completion are keywords and ids only; everything else says something.
        Assert.True(shown.Count(s => s.Contains('⟦', StringComparison.Ordinal)) >= shown.Count - 2, string.Join('\n', shown.Where(s => !s.Contains('⟦', StringComparison.Ordinal))));
        // Keywords and the signatures of the built-ins (their names and parameters) are the language's own words.
        var signatures = DtiRules.Language.Builtins.BuiltinFunctions.All.SelectMany(f => f.Parameters.Select(p => p.Name).Append(f.Name)).Append("node");
        var untranslated = PseudoLocale.UntranslatedLines(string.Join('\n', shown), [_folder.BasePath, _folder.EditionPath], [.. LanguageWords.Keywords, .. signatures]);
        Assert.True(untranslated.Count == 0, string.Join('\n', untranslated));
        Assert.Equal(0, await client.ShutdownAsync());
        Assert.Equal(0, await running.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void Each_built_in_function_is_described_and_in_english_as_the_registry_summarises_it()
    {
        var summaries = DtiRules.Language.Builtins.BuiltinFunctions.Scalar.Cast<DtiRules.Language.Builtins.BuiltinFunction>()
            .Concat(DtiRules.Language.Builtins.BuiltinFunctions.Cohort)
            .ToDictionary(f => f.Name, f => char.ToUpperInvariant(f.Summary[0]) + f.Summary[1..] + ".");

        foreach (var function in BuiltinFunction.All)
        {
            var english = Editor(BuiltinFunction.DescriptionKeyPrefix + function.Name, vietnamese: false);
            Assert.False(string.IsNullOrWhiteSpace(Editor(BuiltinFunction.DescriptionKeyPrefix + function.Name, vietnamese: true)), function.Name);
            if (summaries.TryGetValue(function.Name, out var summary))
            {
                Assert.Equal(summary, english);
            }
        }

        Assert.Equal(summaries.Count + 1, BuiltinFunction.All.Count);
    }

    private static async Task<string> HoverAsync(LspClient client, string uri, (int Line, int Character) at) =>
        (string)(await client.RequestAsync("textDocument/hover", FamilyFolder.At(uri, at)))["contents"]!["value"]!;

    /// <summary>The text of <paramref name="key"/> as the server's resource file in the repository writes it.</summary>
    private static string Editor(string key, bool vietnamese) =>
        XDocument.Load(RepositoryPaths.Combine("src", "DtiRules.LanguageServer", "Resources", vietnamese ? "EditorText.vi.resx" : "EditorText.resx"))
            .Root!.Elements("data").Single(d => (string?)d.Attribute("name") == key).Element("value")!.Value;

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
