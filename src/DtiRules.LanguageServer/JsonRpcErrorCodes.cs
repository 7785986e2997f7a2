namespace DtiRules.LanguageServer;

/// <summary>The JSON-RPC and protocol error codes the server answers with.</summary>
internal static class JsonRpcErrorCodes
{
    /// <summary>The parameters do not name something the server can answer about.</summary>
    public const int InvalidParams = -32602;

    /// <summary>A request came before <c>initialize</c>, which the protocol refuses with this code.</summary>
    public const int ServerNotInitialized = -32002;

    /// <summary>The request was understood but cannot be carried out (the protocol's RequestFailed).</summary>
    public const int RequestFailed = -32803;
}
