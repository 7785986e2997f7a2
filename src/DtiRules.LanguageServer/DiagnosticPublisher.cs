using DtiRules.LanguageServer.Analysis;
using DtiRules.LanguageServer.Features;
using DtiRules.LanguageServer.Protocol;
using DtiRules.LanguageServer.Resources;
using DtiRules.LanguageServer.Workspace;

namespace DtiRules.LanguageServer;

/// <summary>
/// Publishes each open document's diagnostics once typing pauses. A change re-checks every open
/// document of the same folder, since an edition sees its base's unsaved text. A document whose
/// check fails gets one diagnostic saying so; the others are checked as usual.
/// </summary>
internal sealed class DiagnosticPublisher(
    RulesetWorkspace workspace, Func<string, DocumentAnalysis?> analyze, TimeSpan debounce, Action<string, object> notify, Action<string> log)
    : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);
    private bool _disposed;

    /// <summary>Re-checks <paramref name="path"/> and the open documents beside it after the pause.</summary>
    public void Schedule(string path)
    {
        var folder = DocumentUri.FolderOf(path);
        foreach (var document in workspace.OpenDocuments.Where(d => d.Path == path || (folder is not null && DocumentUri.FolderOf(d.Path) == folder)))
        {
            ScheduleOne(document.Path);
        }
    }

    /// <summary>Re-checks every open document after the pause.</summary>
    public void ScheduleAll()
    {
        foreach (var document in workspace.OpenDocuments)
        {
            ScheduleOne(document.Path);
        }
    }

    /// <summary>Drops a closed document's pending check and clears what it showed.</summary>
    public void Clear(string uri, string path)
    {
        lock (_gate)
        {
            if (_pending.Remove(path, out var pending))
            {
                pending.Cancel();
            }
        }

        notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, null, []));
        Schedule(path);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            foreach (var pending in _pending.Values)
            {
                pending.Cancel();
            }

            _pending.Clear();
        }
    }

    private void ScheduleOne(string path)
    {
        CancellationToken token;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            if (_pending.Remove(path, out var previous))
            {
                previous.Cancel();
            }

            var source = new CancellationTokenSource();
            _pending[path] = source;
            token = source.Token;
        }

        _ = Task.Delay(debounce, token).ContinueWith(_ => Publish(path, token), token, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }

    private void Publish(string path, CancellationToken token)
    {
        if (workspace.OpenDocuments.FirstOrDefault(d => d.Path == path) is not { } document || token.IsCancellationRequested)
        {
            return;
        }

        IReadOnlyList<LspDiagnostic> diagnostics;
        try
        {
            diagnostics = analyze(path) is { } analysis ? DiagnosticConverter.Convert(analysis, workspace.UriOf) : [];
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            log($"Checking {document.Uri} failed: {failure}");
            var start = new Position(0, 0);
            diagnostics =
            [
                new LspDiagnostic(new Protocol.Range(start, start), ProtocolConstants.SeverityError, null, "dti",
                    DiagnosticTexts.Phrase(nameof(DiagnosticText.CheckerStopped), failure.GetType().Name, failure.Message)),
            ];
        }

        if (!token.IsCancellationRequested)
        {
            notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(document.Uri, document.Version, diagnostics));
        }
    }
}
