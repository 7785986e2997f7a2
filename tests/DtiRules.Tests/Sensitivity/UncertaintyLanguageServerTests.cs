using DtiRules.Tests.Infrastructure;
using DtiRules.Tests.LanguageServer;
using Newtonsoft.Json.Linq;

namespace DtiRules.Tests.Sensitivity;

/// <summary>The uncertainty block in an editor: the outline lists its factors, and its names go to their declarations.</summary>
public sealed class UncertaintyLanguageServerTests
{
    [Fact]
    public async Task The_outline_lists_the_factors_and_a_weighted_node_goes_to_its_declaration()
    {
        var path = RepositoryPaths.Ruleset2022;
        var text = File.ReadAllText(path);
        var uri = FamilyFolder.Uri(path);
        await using var client = LspClient.StartProcess();
        await client.InitializeAsync();
        await client.OpenAsync(uri, text);

        var symbols = (JArray)await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
        var block = (JObject)Assert.Single(symbols, s => (string?)s["name"] == "uncertainty");
        var factors = ((JArray)block["children"]!).Select(c => (string)c["name"]!).ToList();
        Assert.Equal(10, factors.Count);
        Assert.Equal(["nhan_thuc_so", "policy missing", "ht_ho_cap_quang"], [factors[0], factors[8], factors[9]]);

        var at = FamilyFolder.Find(text, "weight nhan_thuc_so");
        var definition = (JObject)Assert.Single((JArray)await client.RequestAsync(
            "textDocument/definition", FamilyFolder.At(uri, (at.Line, at.Character + "weight ".Length))));
        Assert.Equal(FamilyFolder.Find(text, "node nhan_thuc_so").Line, (int)definition["range"]!["start"]!["line"]!);
        Assert.Equal(0, await client.ShutdownAsync());
    }
}
