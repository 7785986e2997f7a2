using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DtiRules.Tests.LanguageServer;

/// <summary>
/// A minimal Language Server Protocol client written against the wire format itself
/// (Content-Length frames of JSON-RPC), so tests see exactly what an editor sees and can send
/// bytes no well-behaved editor would.
/// </summary>
internal sealed class LspClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Stream _input;
    private readonly Stream _output;
    private readonly Process? _process;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JObject>> _pending = new();
    private readonly List<JObject> _notifications = [];
    private readonly SemaphoreSlim _arrived = new(0);
    private bool _closed;
    private readonly Task _reader;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private long _nextId;

    private LspClient(Stream input, Stream output, Process? process)
    {
        _input = input;
        _output = output;
        _process = process;
        _reader = Task.Run(ReadLoopAsync);
    }

    /// <summary>The server's stderr, for failure messages.</summary>
    public StringBuilder ErrorOutput { get; } = new();

    /// <summary>Starts <c>dti lsp</c> as a process and talks to it over its stdin and stdout.</summary>
    public static LspClient StartProcess()
    {
        var dti = Path.Combine(AppContext.BaseDirectory, "dti.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dti);
        start.ArgumentList.Add("lsp");
        var process = Process.Start(start) ?? throw new InvalidOperationException("dti lsp did not start");
        var client = new LspClient(process.StandardOutput.BaseStream, process.StandardInput.BaseStream, process);
        process.ErrorDataReceived += (_, e) =>
        {
            lock (client.ErrorOutput)
            {
                client.ErrorOutput.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        return client;
    }

    /// <summary>Talks to a server over the given streams (an in-process server).</summary>
    public static LspClient Over(Stream fromServer, Stream toServer) => new(fromServer, toServer, null);

    /// <summary>
    /// Sends <c>initialize</c> (with the editor's <paramref name="locale"/> when one is given) and
    /// <c>initialized</c>; returns the server's capabilities.
    /// </summary>
    public async Task<JObject> InitializeAsync(string? locale = null)
    {
        var parameters = new JObject { ["processId"] = null, ["rootUri"] = null, ["capabilities"] = new JObject() };
        if (locale is not null)
        {
            parameters["locale"] = locale;
        }

        var result = await RequestAsync("initialize", parameters);
        await NotifyAsync("initialized", new { });
        return (JObject)result["capabilities"]!;
    }

    /// <summary>Sends a request and waits for its answer; a JSON-RPC error becomes <see cref="LspErrorException"/>.</summary>
    public async Task<JToken> RequestAsync(string method, object? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        await WriteAsync(new JObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = Token(parameters) });
        var response = await answer.Task.WaitAsync(Patience);
        if (response["error"] is JObject error)
        {
            throw new LspErrorException((int)error["code"]!, (string?)error["message"] ?? string.Empty);
        }

        return response["result"] ?? JValue.CreateNull();
    }

    /// <summary>Sends a notification.</summary>
    public Task NotifyAsync(string method, object? parameters) =>
        WriteAsync(new JObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = Token(parameters) });

    /// <summary>Writes a message frame whose content is <paramref name="content"/> as given, bytes included.</summary>
    public async Task SendRawAsync(byte[] content)
    {
        await _writeGate.WaitAsync();
        try
        {
            var header = Encoding.ASCII.GetBytes($"Content-Length: {content.Length}\r\n\r\n");
            await _output.WriteAsync(header);
            await _output.WriteAsync(content);
            await _output.FlushAsync();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Opens a document with the given text.</summary>
    public Task OpenAsync(string uri, string text, int version = 1) =>
        NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "dti", version, text } });

    /// <summary>Replaces a document's whole text.</summary>
    public Task ChangeAsync(string uri, string text, int version) =>
        NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new[] { new { text } } });

    /// <summary>Waits for the diagnostics of <paramref name="uri"/> at <paramref name="version"/> (or any version when null).</summary>
    public async Task<JArray> DiagnosticsAsync(string uri, int? version = null)
    {
        var message = await NotificationAsync("textDocument/publishDiagnostics",
            p => (string?)p["uri"] == uri && (version is null || (int?)p["version"] == version));
        return (JArray)message["diagnostics"]!;
    }

    /// <summary>
    /// Takes the first notification of <paramref name="method"/> whose parameters match, waiting for
    /// it if none has come; others are kept for later waits.
    /// </summary>
    public async Task<JObject> NotificationAsync(string method, Func<JObject, bool> match)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            lock (_notifications)
            {
                var index = _notifications.FindIndex(m => (string?)m["method"] == method && m["params"] is JObject p && match(p));
                if (index >= 0)
                {
                    var found = (JObject)_notifications[index]["params"]!;
                    _notifications.RemoveAt(index);
                    return found;
                }

                if (_closed)
                {
                    throw new IOException($"The server closed the connection before sending {method}. {ErrorOutput}");
                }
            }

            await _arrived.WaitAsync(timeout.Token);
        }
    }

    /// <summary>Sends <c>shutdown</c> and <c>exit</c>; returns the process exit code (0 for an in-process server).</summary>
    public async Task<int> ShutdownAsync()
    {
        await RequestAsync("shutdown", null);
        await NotifyAsync("exit", null);
        if (_process is null)
        {
            return 0;
        }

        await _process.WaitForExitAsync(new CancellationTokenSource(Patience).Token);
        return _process.ExitCode;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        await _output.DisposeAsync();
        await _input.DisposeAsync();
        await Task.WhenAny(_reader, Task.Delay(TimeSpan.FromSeconds(5)));
    }

    /// <summary>True while the server process runs (always true in process).</summary>
    public bool IsRunning => _process is null || !_process.HasExited;

    private static JToken Token(object? parameters) => parameters is null ? JValue.CreateNull() : JToken.FromObject(parameters);

    private async Task WriteAsync(JObject message) =>
        await SendRawAsync(new UTF8Encoding(false).GetBytes(message.ToString(Formatting.None)));

    private async Task ReadLoopAsync()
    {
        try
        {
            while (await ReadFrameAsync() is { } frame)
            {
                var message = JObject.Parse(Encoding.UTF8.GetString(frame));
                if (message["id"] is { Type: JTokenType.Integer } id && message["method"] is null)
                {
                    if (_pending.TryRemove((long)id, out var answer))
                    {
                        answer.TrySetResult(message);
                    }
                }
                else
                {
                    lock (_notifications)
                    {
                        _notifications.Add(message);
                    }

                    _arrived.Release();
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException)
        {
        }
        finally
        {
            foreach (var answer in _pending.Values)
            {
                answer.TrySetException(new IOException("The server closed the connection."));
            }

            lock (_notifications)
            {
                _closed = true;
            }

            _arrived.Release();
        }
    }

    private async Task<byte[]?> ReadFrameAsync()
    {
        var length = -1;
        while (true)
        {
            var line = await ReadHeaderLineAsync();
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var content = new byte[length];
        await _input.ReadExactlyAsync(content);
        return content;
    }

    private async Task<string?> ReadHeaderLineAsync()
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            if (await _input.ReadAsync(one) == 0)
            {
                return null;
            }

            if (one[0] == '\n')
            {
                return Encoding.ASCII.GetString([.. bytes]).TrimEnd('\r');
            }

            bytes.Add(one[0]);
        }
    }
}
