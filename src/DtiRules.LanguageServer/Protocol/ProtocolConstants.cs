namespace DtiRules.LanguageServer.Protocol;

/// <summary>The protocol's numbered kinds that the server uses.</summary>
public static class ProtocolConstants
{
    /// <summary>Diagnostic severity: error.</summary>
    public const int SeverityError = 1;

    /// <summary>Diagnostic severity: warning.</summary>
    public const int SeverityWarning = 2;

    /// <summary>Diagnostic severity: information.</summary>
    public const int SeverityInformation = 3;

    /// <summary>Message type: warning.</summary>
    public const int MessageWarning = 2;

    /// <summary>Message type: log.</summary>
    public const int MessageLog = 4;

    /// <summary>Completion kind: function.</summary>
    public const int CompletionFunction = 3;

    /// <summary>Completion kind: field (a node).</summary>
    public const int CompletionField = 5;

    /// <summary>Completion kind: variable (an input).</summary>
    public const int CompletionVariable = 6;

    /// <summary>Completion kind: value (an output).</summary>
    public const int CompletionValue = 12;

    /// <summary>Completion kind: keyword.</summary>
    public const int CompletionKeyword = 14;

    /// <summary>Completion kind: enum member (a level member).</summary>
    public const int CompletionEnumMember = 20;

    /// <summary>Completion kind: enum (a level type).</summary>
    public const int CompletionEnum = 13;

    /// <summary>Completion kind: constant (total, scale).</summary>
    public const int CompletionConstant = 21;

    /// <summary>Symbol kind: namespace (the ruleset header).</summary>
    public const int SymbolNamespace = 3;

    /// <summary>Symbol kind: field (a node).</summary>
    public const int SymbolField = 8;

    /// <summary>Symbol kind: enum (a level type).</summary>
    public const int SymbolEnum = 10;

    /// <summary>Symbol kind: variable (an input).</summary>
    public const int SymbolVariable = 13;

    /// <summary>Symbol kind: constant (an output).</summary>
    public const int SymbolConstant = 14;

    /// <summary>Symbol kind: event (a change to the base edition, a rank clause or a mapping).</summary>
    public const int SymbolEvent = 24;

    /// <summary>Symbol kind: method (a test block).</summary>
    public const int SymbolMethod = 6;

    /// <summary>Symbol kind: enum member (a level member).</summary>
    public const int SymbolEnumMember = 22;
}
