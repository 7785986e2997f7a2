using DtiRules.Language.Diagnostics;
using DtiRules.Language.Localization;
using DtiRules.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace DtiRules.Tests.LanguageServer;

/// <summary>
/// A "did you mean" is data on the diagnostic: the checker sets the names it offers, the server
/// publishes them with the diagnostic, and the quick fixes come from them, never from the message's words.
/// </summary>
public sealed class SuggestionFixTests : IDisposable
{
    private readonly FamilyFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_misspelt_name_carries_the_names_its_message_offers_in_every_language()
    {
        var misspelt = FamilyFolder.Base.Replace("ratio(ty_le, 100)", "ratio(ty_lee, 100)", StringComparison.Ordinal);
        foreach (var language in new[] { DisplayLanguage.English, DisplayLanguage.Vietnamese })
        {
            using var scope = DisplaySettings.Use(new DisplaySettings(language, DecimalMark.Point));

            var diagnostic = Assert.Single(Compile.Text(misspelt).Diagnostics, d => d.Code == "DR1001");

            Assert.Equal(["ty_le"], diagnostic.Suggestions);
            Assert.EndsWith(SuggestionPhrase.Sentence(["ty_le"]), diagnostic.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_name_with_nothing_close_carries_no_suggestion_and_says_none()
    {
        var unknown = FamilyFolder.Base.Replace("ratio(ty_le, 100)", "ratio(xyzw, 100)", StringComparison.Ordinal);

        var diagnostic = Assert.Single(Compile.Text(unknown).Diagnostics, d => d.Code == "DR1001");

        Assert.Empty(diagnostic.Suggestions);
        Assert.Equal(Diagnostic.Create(DiagnosticDescriptors.UnknownName, diagnostic.Location, "xyzw", string.Empty).Message, diagnostic.Message);
    }

    [Fact]
    public async Task The_published_diagnostic_holds_the_suggestions_and_the_fix_comes_from_them_not_from_the_words()
    {
        await using var client = LspClient.StartProcess();
        await client.InitializeAsync();
        var uri = FamilyFolder.Uri(_folder.EditionPath);
        var misspelt = FamilyFolder.Edition.Replace("ratio(ty_le, 100)", "ratio(ty_lee, 100)", StringComparison.Ordinal);
        await client.OpenAsync(uri, misspelt);
        var published = (JObject)Assert.Single(await client.DiagnosticsAsync(uri, 1));
        Assert.Equal(["ty_le"], published["data"]!["suggestions"]!.Select(s => (string)s!));

        // The same diagnostic with other words keeps its fix; words that name a candidate without the data give none.
        var reworded = (JObject)published.DeepClone();
        reworded["message"] = "A message an editor shortened.";
        var wordsOnly = (JObject)published.DeepClone();
        wordsOnly.Remove("data");
        wordsOnly["message"] = "Unknown name 'ty_lee'. Did you mean 'truong_ban'?";

        Assert.Equal(["ty_le"], await ReplacementsAsync(client, uri, reworded));
        Assert.Empty(await ReplacementsAsync(client, uri, wordsOnly));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    /// <summary>The names the quick fixes for <paramref name="diagnostic"/> put in its place.</summary>
    private static async Task<IReadOnlyList<string>> ReplacementsAsync(LspClient client, string uri, JObject diagnostic)
    {
        var actions = (JArray)await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri },
            range = diagnostic["range"],
            context = new { diagnostics = new[] { diagnostic } },
        });
        return [.. actions.Select(a => (string)a["edit"]!["changes"]![uri]![0]!["newText"]!)];
    }
}
