namespace DtiRules.Tests.LanguageServer;

/// <summary>A JSON-RPC error answer to a request.</summary>
internal sealed class LspErrorException(int code, string message) : Exception(message)
{
    public int Code { get; } = code;
}
