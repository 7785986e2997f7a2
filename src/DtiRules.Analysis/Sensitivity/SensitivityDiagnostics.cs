using DtiRules.Language.Diagnostics;

namespace DtiRules.Analysis.Sensitivity;

/// <summary>The problems of a sensitivity run and its options (codes DR412x).</summary>
public static class SensitivityDiagnostics
{
    /// <summary>A sensitivity run with nothing to vary.</summary>
    public static readonly DiagnosticDescriptor NothingToVary = new(
        "DR4130", Severity.Error, "Nothing to vary",
        "The ruleset declares no uncertainty, so every sample would be the same; add an 'uncertainty {{ … }}' block (e.g. 'weight <node> ±20%') or pass --vary-weights 20.");

    /// <summary>More combinations of discrete alternatives than a run prepares. Arguments: how many, the limit.</summary>
    public static readonly DiagnosticDescriptor TooManyVariants = new(
        "DR4131", Severity.Error, "Too many combinations of alternatives",
        "The policy and formula alternatives make {0} combinations, each a ruleset to prepare, more than the {1} a run allows; drop some alternatives.");

    /// <summary>Noise on an input the data has no column for. Argument: the input.</summary>
    public static readonly DiagnosticDescriptor NoiseWithoutColumn = new(
        "DR4132", Severity.Warning, "Noise on an input without a column",
        "The data has no column '{0}', so the noise on it changes nothing; add the column or remove the factor.");

    /// <summary>Samples whose scoring reported errors. Arguments: how many, of how many.</summary>
    public static readonly DiagnosticDescriptor SamplesWithErrors = new(
        "DR4133", Severity.Warning, "Samples with scoring errors",
        "{0} of {1} runs reported scoring errors (missing data under the 'error' policy, division by zero), so some units have no rank in them; score the ruleset as written to see the errors, or choose other alternatives.");

    /// <summary>A sensitivity option out of its range. Arguments: the option, what was given, what is allowed.</summary>
    public static readonly DiagnosticDescriptor SensitivityOptionOutOfRange = new(
        "DR4134", Severity.Error, "Option out of range",
        "{0} is {1}; give {2}.");
}
