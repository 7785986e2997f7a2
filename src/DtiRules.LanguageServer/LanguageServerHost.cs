using System.Text;
using Microsoft.VisualStudio.Threading;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using StreamJsonRpc;

namespace DtiRules.LanguageServer;

/// <summary>Runs the DtiRules language server over a pair of streams (stdin and stdout for <c>dti lsp</c>).</summary>
public static class LanguageServerHost
{
    /// <summary>How long diagnostics wait for typing to pause.</summary>
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Serves the protocol until the client sends <c>exit</c> or closes the input; returns the exit
    /// code (0 after <c>shutdown</c>, 1 otherwise, as the protocol asks).
    /// </summary>
    public static Task<int> RunAsync(Stream input, Stream output, CancellationToken cancellation = default) =>
        RunAsync(new DtiLanguageServer(DefaultDebounce), input, output, cancellation);

    internal static async Task<int> RunAsync(DtiLanguageServer server, Stream input, Stream output, CancellationToken cancellation)
    {
        // Bad bytes from the client become U+FFFD in the text instead of a broken connection.
        var formatter = new JsonMessageFormatter(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false));
        formatter.JsonSerializer.ContractResolver = new DefaultContractResolver
        {
            NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false, OverrideSpecifiedNames = false },
        };
        formatter.JsonSerializer.NullValueHandling = NullValueHandling.Ignore;
        formatter.JsonSerializer.MaxDepth = 256;
        using var handler = new HeaderDelimitedMessageHandler(output, input, formatter);
        using var rpc = new JsonRpc(handler);
        // Notifications change documents in the order sent, so handlers run one at a time, in order.
        rpc.SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false);
        rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { NotifyClientOfEvents = false });
        server.Attach(rpc);
        rpc.StartListening();
        using var registration = cancellation.Register(() => rpc.Dispose());
        var finished = await Task.WhenAny(server.Exit, rpc.Completion).ConfigureAwait(false);
        if (finished == server.Exit)
        {
            return await server.Exit.ConfigureAwait(false);
        }

        // The client closed the connection without 'exit'.
        return server.Exit.IsCompleted ? await server.Exit.ConfigureAwait(false) : 1;
    }
}
