namespace DtiRules.Language.Diagnostics;

public static partial class DiagnosticDescriptors
{
    /// <summary>DR3001: data missing where the policy is error.</summary>
    public static readonly DiagnosticDescriptor MissingData =
        Error("DR3001", "Missing data", "'{0}' has no data for {1} unit(s): {2}. Supply {3}, or set a missing-data policy (zero, exclude, mean).");

    /// <summary>DR3002: a result clamped to its node's range.</summary>
    public static readonly DiagnosticDescriptor Clamped =
        Warning("DR3002", "Result clamped", "'{0}' computed {1} for {2}, outside 0..{3}; it was clamped. Bound the formula so it stays within max.");

    /// <summary>DR3003: division by zero.</summary>
    public static readonly DiagnosticDescriptor DivisionByZero =
        Error("DR3003", "Division by zero", "Division by zero in '{0}' for {1}; use ratio(a, b), which gives 0 when b is 0.");

    /// <summary>DR3004: arithmetic overflow.</summary>
    public static readonly DiagnosticDescriptor Overflow =
        Error("DR3004", "Arithmetic overflow", "The formula of '{0}' overflowed for {1}; check the data's magnitudes or bound the formula.");

    /// <summary>DR3005: nothing to score.</summary>
    public static readonly DiagnosticDescriptor NoUnits =
        Error("DR3005", "No units", "The data has no units to score; add at least one row.");

    /// <summary>DR3006: a ruleset with errors cannot be scored.</summary>
    public static readonly DiagnosticDescriptor RulesetHasErrors =
        Error("DR3006", "Ruleset has errors", "The ruleset has {0} error(s); fix them (see 'dti check') before scoring.");

    /// <summary>DR3007: a given value that is not used.</summary>
    public static readonly DiagnosticDescriptor GivenValueUnused =
        Warning("DR3007", "Given value unused", "'{0}' is given for {1}, but its ancestor '{2}' is given too, so it is not used; drop one of them.");

    /// <summary>DR3008: an input mapping gave values outside the input's range.</summary>
    public static readonly DiagnosticDescriptor MappedOutOfRange =
        Warning("DR3008", "Mapped value out of range", "The mapping of '{0}' gave values outside its range for {1}; they were clamped. Check the mapping's unit conversion.");
}
