using System.Text;
using CsCheck;
using DtiRules.LanguageServer;
using DtiRules.LanguageServer.Analysis;
using DtiRules.LanguageServer.Workspace;
using Nerdbank.Streams;
using Newtonsoft.Json.Linq;

namespace DtiRules.Tests.LanguageServer;

/// <summary>
/// The server never dies on what an editor can send as text: fuzzed, malformed, huge, deep, bytes
/// that are not UTF-8. Every request answers or fails with a JSON-RPC error, and a document whose
/// check fails leaves the other documents working.
/// </summary>
public sealed class LanguageServerBadInputTests : IDisposable
{
    private static readonly string[] Fragments =
    [
        "ruleset", "fam", "edition", "2024", "extends", "{", "}", "(", ")", "node", "input", "output", "index", "levels", "score", "=",
        "max", "min(", "ratio(", "value(", "tiers", "levels x {", ">=", ":", ",", ".", "..", "\"nhãn\"", "\"unterminated", "override node",
        "move node a to", "rename node a to", "remove node", "test \"t\" {", "expect", "diem_a", "ty_le", "chair_level.chair", "total",
        "1.5", "1,5", "-", "*", "/", "if", "then", "else", "yes", "no", "//", "/*", "*/", "\n", "  ", "\t", "đ", "Điểm", "\u0000",
        "\uFEFF", "\uD800", "😀", "é", "%", "@", "#",
    ];

    private readonly FamilyFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static Gen<string> FuzzedText =>
        Gen.OneOf(
            Gen.Const(FamilyFolder.Base),
            Gen.Const(FamilyFolder.Edition)).SelectMany(seed =>
            Gen.Int[0, seed.Length].Array[0, 6].SelectMany(cuts =>
                Gen.OneOf(Fragments.Select(Gen.Const).ToArray()).Array[0, 12].Select(inserts =>
                {
                    // Cut the ruleset at a few places and splice fragments in: mostly ruleset, partly nonsense.
                    var text = new StringBuilder(seed);
                    foreach (var (cut, i) in cuts.Order().Reverse().Select((c, i) => (c, i)))
                    {
                        text.Insert(Math.Min(cut, text.Length), inserts.Length == 0 ? string.Empty : inserts[i % inserts.Length]);
                    }

                    return text.ToString();
                })));

    [Fact]
    public async Task Fuzzed_text_never_kills_the_server_and_every_request_answers_or_errs()
    {
        await using var client = LspClient.StartProcess();
        await client.InitializeAsync();
        var uri = FamilyFolder.Uri(_folder.EditionPath);
        await client.OpenAsync(uri, FamilyFolder.Edition);
        var version = 1;
        var random = new Random(20250101);
        await FuzzedText.SampleAsync(async text =>
        {
            version++;
            await client.ChangeAsync(uri, text, version);
            var line = random.Next(-2, text.Count(c => c == '\n') + 3);
            var character = random.Next(-2, 80);
            await AllRequestsAnswer(client, uri, line, character);
            Assert.True(client.IsRunning, client.ErrorOutput.ToString());
        }, iter: 60, threads: 1);

        Assert.NotNull(await client.DiagnosticsAsync(uri));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Theory]
    [InlineData("deep formula")]
    [InlineData("deep nodes")]
    [InlineData("huge")]
    [InlineData("control characters")]
    public async Task Hostile_text_gets_diagnostics_and_answers(string kind)
    {
        var text = kind switch
        {
            "deep formula" => FamilyFolder.Edition.Replace("min(", new string('(', 20_000) + "min(", StringComparison.Ordinal),
            "deep nodes" => string.Concat(Enumerable.Repeat("node a \"A\" max 1 {\n", 5_000)),
            "huge" => FamilyFolder.Base + new string('x', 9 * 1024 * 1024),
            _ => "ruleset \u0000\u0001\u001b fam edition 2024 {\u007f\u200b }\r\r\n\u2028node",
        };
        await using var client = LspClient.StartProcess();
        await client.InitializeAsync();
        var uri = FamilyFolder.Uri(_folder.EditionPath);
        await client.OpenAsync(uri, text);
        Assert.Contains(await client.DiagnosticsAsync(uri, 1), d => (int)d["severity"]! == 1);
        await AllRequestsAnswer(client, uri, 0, 3);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_become_replacement_characters_not_a_lost_connection()
    {
        await using var client = LspClient.StartProcess();
        await client.InitializeAsync();
        var uri = FamilyFolder.Uri(_folder.EditionPath);
        var json = Encoding.UTF8.GetBytes(new JObject
        {
            ["jsonrpc"] = "2.0",
            ["method"] = "textDocument/didOpen",
            ["params"] = new JObject { ["textDocument"] = new JObject { ["uri"] = uri, ["languageId"] = "dti", ["version"] = 1, ["text"] = "ruleset BAD" } },
        }.ToString(Newtonsoft.Json.Formatting.None));
        var marker = Encoding.UTF8.GetBytes("BAD");
        var at = json.AsSpan().IndexOf(marker);
        byte[] frame = [.. json[..at], 0xFF, 0xC3, 0x28, 0xE2, 0x82, .. json[(at + marker.Length)..]];
        await client.SendRawAsync(frame);

        var diagnostics = await client.DiagnosticsAsync(uri, 1);
        Assert.Contains(diagnostics, d => ((string)d["message"]!).Contains('\uFFFD', StringComparison.Ordinal));
        await AllRequestsAnswer(client, uri, 0, 9);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Theory]
    [InlineData("ty_le", "\uFFFD")]
    [InlineData("diem_a", "\uFFFD\uFFFD")]
    [InlineData("\"Điểm A\"", "\uFFFD")]
    [InlineData("chinh", "\uD800")]
    [InlineData("score", "x\uFFFD")]
    public async Task Replacement_characters_anywhere_get_every_request_answered_without_a_server_error(string near, string inserted)
    {
        var text = FamilyFolder.Base.Insert(FamilyFolder.Base.IndexOf(near, StringComparison.Ordinal), inserted);
        await using var client = LspClient.StartProcess();
        await client.InitializeAsync();
        var uri = FamilyFolder.Uri(_folder.BasePath);
        await client.OpenAsync(uri, text);
        Assert.DoesNotContain(await client.DiagnosticsAsync(uri, 1), d => ((string)d["message"]!).Contains("checker stopped", StringComparison.Ordinal));

        var lines = text.Split('\n');
        var failures = new List<string>();
        for (var line = 0; line < lines.Length; line++)
        {
            foreach (var character in new[] { 0, 2, lines[line].Length / 2, lines[line].Length - 1, lines[line].Length })
            {
                failures.AddRange(await ServerErrors(client, uri, line, Math.Max(character, 0)));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct().Take(10)));
        Assert.True(client.IsRunning, client.ErrorOutput.ToString());
        Assert.Equal(0, await client.ShutdownAsync());
    }

    /// <summary>The requests at a position that failed: a document that is open and checked gets an answer to each.</summary>
    private static async Task<IReadOnlyList<string>> ServerErrors(LspClient client, string uri, int line, int character)
    {
        var at = new { textDocument = new { uri }, position = new { line, character }, context = new { includeDeclaration = true } };
        var whole = new { textDocument = new { uri }, options = new { tabSize = 2, insertSpaces = true } };
        var failures = new List<string>();
        foreach (var (method, parameters) in new (string, object)[]
        {
            ("textDocument/hover", at), ("textDocument/definition", at), ("textDocument/references", at), ("textDocument/completion", at),
            ("textDocument/documentSymbol", whole), ("textDocument/formatting", whole), ("textDocument/semanticTokens/full", whole),
        })
        {
            try
            {
                await client.RequestAsync(method, parameters);
            }
            catch (LspErrorException error)
            {
                failures.Add($"{method} at {line}:{character}: {error.Code} {error.Message}");
            }
        }

        return failures;
    }

    [Fact]
    public async Task A_document_whose_check_fails_leaves_the_others_working()
    {
        var server = new DtiLanguageServer(TimeSpan.FromMilliseconds(10), (workspace, path) =>
            path.EndsWith("2024.dti", StringComparison.Ordinal) ? throw new InvalidOperationException("checker failure") : workspace.Analyze(path));
        var (serverEnd, clientEnd) = FullDuplexStream.CreatePair();
        var running = LanguageServerHost.RunAsync(server, serverEnd, serverEnd, CancellationToken.None);
        await using var client = LspClient.Over(clientEnd, clientEnd);
        await client.InitializeAsync();
        var broken = FamilyFolder.Uri(_folder.BasePath);
        var good = FamilyFolder.Uri(_folder.OtherPath);
        await client.OpenAsync(broken, FamilyFolder.Base);
        await client.OpenAsync(good, FamilyFolder.Other);

        var failure = (JObject)Assert.Single(await client.DiagnosticsAsync(broken));
        Assert.Contains("InvalidOperationException: checker failure", (string?)failure["message"], StringComparison.Ordinal);
        Assert.Empty(await client.DiagnosticsAsync(good));
        await Assert.ThrowsAsync<LspErrorException>(() => client.RequestAsync("textDocument/hover", FamilyFolder.At(broken, (0, 9))));
        var hover = await client.RequestAsync("textDocument/hover", FamilyFolder.At(good, FamilyFolder.Find(FamilyFolder.Other, "diem_a")));
        Assert.Contains("Điểm A khác", (string?)hover["contents"]!["value"], StringComparison.Ordinal);
        Assert.Equal(0, await client.ShutdownAsync());
        Assert.Equal(0, await running.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Requests_before_initialize_are_refused_and_notifications_dropped()
    {
        var server = new DtiLanguageServer(TimeSpan.FromMilliseconds(10));
        var (serverEnd, clientEnd) = FullDuplexStream.CreatePair();
        var running = LanguageServerHost.RunAsync(server, serverEnd, serverEnd, CancellationToken.None);
        await using var client = LspClient.Over(clientEnd, clientEnd);
        var uri = FamilyFolder.Uri(_folder.BasePath);

        await client.OpenAsync(uri, FamilyFolder.Base);
        var early = await Assert.ThrowsAsync<LspErrorException>(() => client.RequestAsync("textDocument/hover", FamilyFolder.At(uri, (0, 9))));
        Assert.Equal(-32002, early.Code);

        await client.InitializeAsync();
        var unopened = await Assert.ThrowsAsync<LspErrorException>(() => client.RequestAsync("textDocument/hover", FamilyFolder.At(uri, (0, 9))));
        Assert.Equal(-32602, unopened.Code);
        Assert.Equal(0, await client.ShutdownAsync());
        Assert.Equal(0, await running.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    /// <summary>Asks every request an editor asks at a position; each must answer or fail with a JSON-RPC error.</summary>
    private static async Task AllRequestsAnswer(LspClient client, string uri, int line, int character)
    {
        var at = new { textDocument = new { uri }, position = new { line, character }, context = new { includeDeclaration = true }, newName = "moi" };
        var whole = new { textDocument = new { uri }, options = new { tabSize = 2, insertSpaces = true } };
        var requests = new (string Method, object Parameters)[]
        {
            ("textDocument/hover", at), ("textDocument/definition", at), ("textDocument/references", at), ("textDocument/completion", at),
            ("textDocument/rename", at), ("textDocument/documentSymbol", whole), ("textDocument/formatting", whole),
            ("textDocument/semanticTokens/full", whole),
            ("textDocument/codeAction", new { textDocument = new { uri }, range = new { start = new { line, character }, end = new { line, character } }, context = new { diagnostics = Array.Empty<object>() } }),
        };
        foreach (var (method, parameters) in requests)
        {
            try
            {
                await client.RequestAsync(method, parameters);
            }
            catch (LspErrorException)
            {
                // A refusal is an answer; only a lost connection fails the test.
            }
        }
    }
}
