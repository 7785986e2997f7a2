namespace DtiRules.Language.Diagnostics;

public static partial class DiagnosticDescriptors
{
    /// <summary>DR3001: data missing where the policy is error.</summary>
    public static readonly DiagnosticDescriptor MissingData = Error("DR3001");

    /// <summary>DR3002: a result clamped to its node's range.</summary>
    public static readonly DiagnosticDescriptor Clamped = Warning("DR3002");

    /// <summary>DR3003: division by zero.</summary>
    public static readonly DiagnosticDescriptor DivisionByZero = Error("DR3003");

    /// <summary>DR3004: arithmetic overflow.</summary>
    public static readonly DiagnosticDescriptor Overflow = Error("DR3004");

    /// <summary>DR3005: nothing to score.</summary>
    public static readonly DiagnosticDescriptor NoUnits = Error("DR3005");

    /// <summary>DR3006: a ruleset with errors cannot be scored.</summary>
    public static readonly DiagnosticDescriptor RulesetHasErrors = Error("DR3006");

    /// <summary>DR3007: a given value that is not used.</summary>
    public static readonly DiagnosticDescriptor GivenValueUnused = Warning("DR3007");

    /// <summary>DR3008: an input mapping gave values outside the input's range.</summary>
    public static readonly DiagnosticDescriptor MappedOutOfRange = Warning("DR3008");
}
