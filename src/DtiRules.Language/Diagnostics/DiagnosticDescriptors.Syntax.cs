namespace DtiRules.Language.Diagnostics;

public static partial class DiagnosticDescriptors
{
    /// <summary>DR0001: the parser met a token it did not expect.</summary>
    public static readonly DiagnosticDescriptor UnexpectedToken =
        Error("DR0001", "Unexpected token", "Unexpected {0}; expected {1}.{2}");

    /// <summary>DR0002: a string literal runs to the end of the line.</summary>
    public static readonly DiagnosticDescriptor UnterminatedString =
        Error("DR0002", "Unterminated text", "Unterminated text; close it with '\"' on the same line.");

    /// <summary>DR0003: a character that belongs nowhere in the language.</summary>
    public static readonly DiagnosticDescriptor InvalidCharacter =
        Error("DR0003", "Invalid character", "Unexpected character '{0}'; remove it, or put it inside a quoted label.");

    /// <summary>DR0004: nesting deeper than the parser and binder accept.</summary>
    public static readonly DiagnosticDescriptor NestingTooDeep =
        Error("DR0004", "Nesting too deep", "Nesting is deeper than {0} levels; split the formula into nodes or outputs.");

    /// <summary>DR0005: a ruleset file larger than accepted.</summary>
    public static readonly DiagnosticDescriptor FileTooLarge =
        Error("DR0005", "File too large", "The file has {0:N0} characters, more than the {1:N0} accepted; split it into smaller rulesets.");

    /// <summary>DR0006: a number that does not fit.</summary>
    public static readonly DiagnosticDescriptor NumberOutOfRange =
        Error("DR0006", "Number out of range", "The number '{0}' is too large; write a number below 10^20.");

    /// <summary>DR0007: an identifier with letters outside ASCII.</summary>
    public static readonly DiagnosticDescriptor NonAsciiIdentifier =
        Error("DR0007", "Non-ASCII identifier", "The name '{0}' has letters outside ASCII; ids are ASCII (e.g. '{1}'), put Vietnamese text in the quoted label.");

    /// <summary>DR0008: a ruleset file whose encoding is not recognised (UTF-8, UTF-16 or Windows-1258).</summary>
    public static readonly DiagnosticDescriptor InvalidEncoding =
        Error("DR0008", "Invalid encoding", "The ruleset is not text in a known encoding: {0}; save it as UTF-8 (in Notepad or VS Code: Save As, encoding UTF-8).");

    /// <summary>DR0009: a ruleset file that cannot be read.</summary>
    public static readonly DiagnosticDescriptor CannotReadFile =
        Error("DR0009", "Cannot read file", "Cannot read '{0}': {1}; check the path and that no other program holds the file open.") with { IsInputOutput = true };

    /// <summary>DR0010: a number written with a decimal comma.</summary>
    public static readonly DiagnosticDescriptor DecimalComma =
        Error("DR0010", "Decimal comma", "'{0}' uses a decimal comma; rulesets use a decimal point: write {1}.");

    /// <summary>DR0011: '=' where a comparison is meant.</summary>
    public static readonly DiagnosticDescriptor AssignInsteadOfEquals =
        Error("DR0011", "'=' used to compare", "'=' only follows 'score' or 'value'; to compare two values, write '=='.");

    /// <summary>DR0012: text typed in a legacy Vietnamese font encoding. Arguments: the text, the encoding, how it reads.</summary>
    public static readonly DiagnosticDescriptor LegacyFontText =
        Warning("DR0012", "Legacy font encoding", "'{0}' is Vietnamese typed in the {1} font encoding and reads '{2}'; convert it to Unicode (for example with UniKey's converter) or retype it.");

    /// <summary>DR0013: an id longer than any name needs. Arguments: its length, the limit.</summary>
    public static readonly DiagnosticDescriptor IdentifierTooLong =
        Error("DR0013", "Identifier too long", "This id has {0:N0} characters, more than the {1} an id may have; shorten it and put the full wording in the quoted label.");

    /// <summary>DR0020: an invisible direction control in a ruleset. Argument: its code point in hex.</summary>
    public static readonly DiagnosticDescriptor DirectionControl =
        Warning("DR0020", "Invisible direction control", "This line holds the invisible direction control U+{0}, which can make the line display in another order than it reads; delete it.");
}
