using System.Globalization;
using DtiRules.Tests.Localization;
using Newtonsoft.Json.Linq;

namespace DtiRules.Tests.LanguageServer;

/// <summary>The server publishes diagnostics in the language of the editor's <c>locale</c>.</summary>
public sealed class LanguageServerLocaleTests : IDisposable
{
    private readonly FamilyFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("vi", true)]
    [InlineData("vi-VN", true)]
    [InlineData("en-US", false)]
    public async Task Diagnostics_follow_the_locale_of_initialize_and_keep_their_quick_fix(string locale, bool vietnamese)
    {
        await using var client = LspClient.StartProcess();
        await client.InitializeAsync(locale);
        var uri = FamilyFolder.Uri(_folder.EditionPath);
        var misspelt = FamilyFolder.Edition.Replace("ratio(ty_le, 100)", "ratio(ty_lee, 100)", StringComparison.Ordinal);

        await client.OpenAsync(uri, misspelt);
        var diagnostic = (JObject)Assert.Single(await client.DiagnosticsAsync(uri, 1));

        var suggestion = Format(DiagnosticResx.Text("DtiRules.Language", "DidYouMean_One", vietnamese), "'ty_le'");
        var expected = Format(DiagnosticResx.Message("DR1001", vietnamese), "ty_lee", " " + suggestion);
        Assert.Equal("DR1001", (string?)diagnostic["code"]);
        Assert.Equal(expected, (string?)diagnostic["message"]);

        var actions = (JArray)await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri },
            range = diagnostic["range"],
            context = new { diagnostics = new[] { diagnostic } },
        });
        var title = Format(DiagnosticResx.Text("DtiRules.LanguageServer", "Fix_Replace", vietnamese), "ty_le");
        var fix = (JObject)Assert.Single(actions, a => (string?)a["title"] == title);
        Assert.Equal("ty_le", (string?)fix["edit"]!["changes"]![uri]![0]!["newText"]);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
