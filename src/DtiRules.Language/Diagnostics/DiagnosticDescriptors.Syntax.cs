namespace DtiRules.Language.Diagnostics;

public static partial class DiagnosticDescriptors
{
    /// <summary>DR0001: the parser met a token it did not expect.</summary>
    public static readonly DiagnosticDescriptor UnexpectedToken = Error("DR0001");

    /// <summary>DR0002: a string literal runs to the end of the line.</summary>
    public static readonly DiagnosticDescriptor UnterminatedString = Error("DR0002");

    /// <summary>DR0003: a character that belongs nowhere in the language.</summary>
    public static readonly DiagnosticDescriptor InvalidCharacter = Error("DR0003");

    /// <summary>DR0004: nesting deeper than the parser and binder accept.</summary>
    public static readonly DiagnosticDescriptor NestingTooDeep = Error("DR0004");

    /// <summary>DR0005: a ruleset file larger than accepted.</summary>
    public static readonly DiagnosticDescriptor FileTooLarge = Error("DR0005");

    /// <summary>DR0006: a number that does not fit.</summary>
    public static readonly DiagnosticDescriptor NumberOutOfRange = Error("DR0006");

    /// <summary>DR0007: an identifier with letters outside ASCII.</summary>
    public static readonly DiagnosticDescriptor NonAsciiIdentifier = Error("DR0007");

    /// <summary>DR0008: a ruleset file whose encoding is not recognised (UTF-8, UTF-16 or Windows-1258).</summary>
    public static readonly DiagnosticDescriptor InvalidEncoding = Error("DR0008");

    /// <summary>DR0009: a ruleset file that cannot be read.</summary>
    public static readonly DiagnosticDescriptor CannotReadFile =
        Error("DR0009") with { IsInputOutput = true };

    /// <summary>DR0010: a number written with a decimal comma.</summary>
    public static readonly DiagnosticDescriptor DecimalComma = Error("DR0010");

    /// <summary>DR0011: '=' where a comparison is meant.</summary>
    public static readonly DiagnosticDescriptor AssignInsteadOfEquals = Error("DR0011");

    /// <summary>DR0012: text typed in a legacy Vietnamese font encoding. Arguments: the text, the encoding, how it reads.</summary>
    public static readonly DiagnosticDescriptor LegacyFontText = Warning("DR0012");

    /// <summary>DR0013: an id longer than any name needs. Arguments: its length, the limit.</summary>
    public static readonly DiagnosticDescriptor IdentifierTooLong = Error("DR0013");

    /// <summary>DR0020: an invisible direction control in a ruleset. Argument: its code point in hex.</summary>
    public static readonly DiagnosticDescriptor DirectionControl = Warning("DR0020");
}
