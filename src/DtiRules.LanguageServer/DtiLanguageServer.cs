using DtiRules.Language.Localization;
using DtiRules.LanguageServer.Analysis;
using DtiRules.LanguageServer.Features;
using DtiRules.LanguageServer.Protocol;
using DtiRules.LanguageServer.Workspace;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;

namespace DtiRules.LanguageServer;

/// <summary>
/// The methods of the Language Server Protocol the server answers. Each request is answered from
/// the document's analysis; a failure in one becomes that request's JSON-RPC error and leaves the
/// server and every other document as they were.
/// </summary>
internal sealed class DtiLanguageServer
{
    private readonly RulesetWorkspace _workspace = new();
    private readonly DiagnosticPublisher _publisher;
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Func<string, DocumentAnalysis?> _analyze;
    private DisplaySettings _display = DisplaySettings.Current;
    private JsonRpc? _rpc;
    private bool _initialized;
    private bool _shutdown;

    /// <param name="debounce">How long diagnostics wait for typing to pause.</param>
    /// <param name="analyze">How a path is analysed; the workspace's own unless a test replaces it.</param>
    public DtiLanguageServer(TimeSpan debounce, Func<RulesetWorkspace, string, DocumentAnalysis?>? analyze = null)
    {
        // Diagnostics are written when a document is analysed, so the analysis runs in the client's language.
        _analyze = path =>
        {
            using var language = DisplaySettings.Use(_display);
            return (analyze ?? ((w, p) => w.Analyze(p)))(_workspace, path);
        };
        _publisher = new DiagnosticPublisher(_workspace, _analyze, debounce, Notify, Log);
    }

    /// <summary>Completes with the process exit code when the client sends <c>exit</c>.</summary>
    public Task<int> Exit => _exit.Task;

    /// <summary>Connects the server to its JSON-RPC connection, for notifications to the client.</summary>
    public void Attach(JsonRpc rpc) => _rpc = rpc;

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public object Initialize(JToken? parameters)
    {
        _display = ClientLocale.Settings((parameters as JObject)?["locale"] is JValue { Type: JTokenType.String } locale ? (string?)locale : null, _display);
        _initialized = true;
        return Capabilities;
    }

    // What the server answers initialize with.
    private static object Capabilities => new
    {
        capabilities = new
        {
            textDocumentSync = new { openClose = true, change = 2, save = new { includeText = false } },
            hoverProvider = true,
            definitionProvider = true,
            referencesProvider = true,
            completionProvider = new { triggerCharacters = new[] { "." }, resolveProvider = false },
            renameProvider = true,
            documentSymbolProvider = true,
            documentFormattingProvider = true,
            codeActionProvider = new { codeActionKinds = new[] { "quickfix" } },
            semanticTokensProvider = new
            {
                legend = new { tokenTypes = SemanticTokensProvider.TokenTypes, tokenModifiers = SemanticTokensProvider.TokenModifiers },
                full = true,
                range = false,
            },
        },
        serverInfo = new { name = "dti", version = typeof(DtiLanguageServer).Assembly.GetName().Version?.ToString() ?? "0" },
    };

    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public void Initialized(JToken? parameters)
    {
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        RequireInitialized();
        _shutdown = true;
        _publisher.Dispose();
        return null;
    }

    [JsonRpcMethod("exit")]
    public void ExitNotification() => _exit.TrySetResult(_shutdown ? 0 : 1);

    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams parameters)
    {
        // The protocol drops notifications that come before initialize.
        if (!_initialized)
        {
            return;
        }

        var item = parameters.TextDocument;
        var document = _workspace.Open(item.Uri, item.Version, item.Text ?? string.Empty);
        _publisher.Schedule(document.Path);
    }

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        // The protocol drops notifications that come before initialize.
        if (!_initialized)
        {
            return;
        }

        if (_workspace.Change(parameters.TextDocument.Uri, parameters.TextDocument.Version, parameters.ContentChanges ?? []) is { } document)
        {
            _publisher.Schedule(document.Path);
        }
    }

    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(DocumentParams parameters)
    {
        if (_initialized)
        {
            _workspace.FilesChanged();
        }
    }

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams parameters)
    {
        // The protocol drops notifications that come before initialize.
        if (!_initialized)
        {
            return;
        }

        var uri = parameters.TextDocument.Uri;
        var path = DocumentUri.ToPath(uri);
        _workspace.Close(uri);
        _publisher.Clear(uri, path);
    }

    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(JToken? parameters)
    {
        // The protocol drops notifications that come before initialize.
        if (!_initialized)
        {
            return;
        }

        _workspace.FilesChanged();
        _publisher.ScheduleAll();
    }

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Hover? Hover(TextDocumentPositionParams parameters)
    {
        // Hovers are read as the diagnostics are, in the client's language.
        using var language = DisplaySettings.Use(_display);
        return HoverProvider.Hover(Analysis(parameters.TextDocument), parameters.Position);
    }

    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public Protocol.Location[] Definition(TextDocumentPositionParams parameters)
    {
        var analysis = Analysis(parameters.TextDocument);
        var offset = PositionMapper.ToOffset(analysis.Text, parameters.Position);
        return ReferenceFinder.SymbolAt(analysis, offset)?.Symbol.Declaration is { } declaration
            ? [new Protocol.Location(_workspace.UriOf(declaration.Path), PositionMapper.ToRange(declaration))]
            : [];
    }

    [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
    public Protocol.Location[] References(TextDocumentPositionParams parameters)
    {
        var analysis = Analysis(parameters.TextDocument);
        var offset = PositionMapper.ToOffset(analysis.Text, parameters.Position);
        if (ReferenceFinder.SymbolAt(analysis, offset) is not var (_, symbol))
        {
            return [];
        }

        var includeDeclaration = parameters.Context?.IncludeDeclaration ?? true;
        return [.. ReferenceFinder.Find(_workspace, analysis, symbol)
            .Where(r => includeDeclaration || !r.Occurrence.IsDeclaration)
            .Select(r => new Protocol.Location(_workspace.UriOf(r.Analysis.Path), PositionMapper.ToRange(r.Occurrence.Span)))];
    }

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public CompletionList Completion(TextDocumentPositionParams parameters)
    {
        // Completion details are read as the diagnostics are, in the client's language.
        using var language = DisplaySettings.Use(_display);
        return CompletionProvider.Complete(Analysis(parameters.TextDocument), parameters.Position);
    }

    [JsonRpcMethod("textDocument/rename", UseSingleObjectParameterDeserialization = true)]
    public WorkspaceEdit Rename(TextDocumentPositionParams parameters)
    {
        // Refusals and the warning about data columns are read in the client's language.
        using var language = DisplaySettings.Use(_display);
        try
        {
            var (edit, warning) = RenameProvider.Rename(_workspace, Analysis(parameters.TextDocument), parameters.Position, parameters.NewName ?? string.Empty);
            if (warning is not null)
            {
                Notify("window/showMessage", new ShowMessageParams(ProtocolConstants.MessageWarning, warning));
            }

            return edit;
        }
        catch (RenameRejectedException rejected)
        {
            throw new LocalRpcException(rejected.Message) { ErrorCode = JsonRpcErrorCodes.RequestFailed };
        }
    }

    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<DocumentSymbol> DocumentSymbols(DocumentParams parameters)
    {
        // The outline's own words are read in the client's language.
        using var language = DisplaySettings.Use(_display);
        return DocumentSymbolProvider.Symbols(Analysis(parameters.TextDocument));
    }

    [JsonRpcMethod("textDocument/formatting", UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<TextEdit> Formatting(DocumentParams parameters) =>
        FormattingProvider.Format(Analysis(parameters.TextDocument));

    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<CodeAction> CodeActions(CodeActionParams parameters)
    {
        // Quick-fix titles are read as the diagnostics are, in the client's language.
        using var language = DisplaySettings.Use(_display);
        return CodeActionProvider.Actions(Analysis(parameters.TextDocument), parameters.TextDocument.Uri, parameters);
    }

    [JsonRpcMethod("textDocument/semanticTokens/full", UseSingleObjectParameterDeserialization = true)]
    public SemanticTokens SemanticTokens(DocumentParams parameters) =>
        SemanticTokensProvider.Tokens(Analysis(parameters.TextDocument));

    /// <summary>The analysis of an open document; a request about a document not open is refused.</summary>
    private DocumentAnalysis Analysis(TextDocumentIdentifier document)
    {
        RequireInitialized();
        if (_workspace.Find(document.Uri) is not { } open)
        {
            throw new LocalRpcException($"'{document.Uri}' is not open; open it first.") { ErrorCode = JsonRpcErrorCodes.InvalidParams };
        }

        return _analyze(open.Path)
            ?? throw new LocalRpcException($"'{document.Uri}' could not be analysed.") { ErrorCode = JsonRpcErrorCodes.RequestFailed };
    }

    private void RequireInitialized()
    {
        if (!_initialized)
        {
            throw new LocalRpcException("The server is not initialized; send initialize first.") { ErrorCode = JsonRpcErrorCodes.ServerNotInitialized };
        }
    }

    private void Notify(string method, object parameters)
    {
        if (_rpc is { IsDisposed: false } rpc)
        {
            _ = rpc.NotifyWithParameterObjectAsync(method, parameters).ContinueWith(
                t => t.Exception?.Handle(_ => true), TaskScheduler.Default);
        }
    }

    private void Log(string message) => Notify("window/logMessage", new ShowMessageParams(ProtocolConstants.MessageLog, message));
}
