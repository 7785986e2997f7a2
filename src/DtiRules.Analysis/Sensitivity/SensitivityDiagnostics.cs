using DtiRules.Analysis.Resources;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Analysis.Sensitivity;

/// <summary>The problems of a sensitivity run and its options (codes DR412x).</summary>
public static class SensitivityDiagnostics
{
    /// <summary>A sensitivity run with nothing to vary.</summary>
    public static readonly DiagnosticDescriptor NothingToVary = new("DR4130", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>More combinations of discrete alternatives than a run prepares. Arguments: how many, the limit.</summary>
    public static readonly DiagnosticDescriptor TooManyVariants = new("DR4131", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>Noise on an input the data has no column for. Argument: the input.</summary>
    public static readonly DiagnosticDescriptor NoiseWithoutColumn = new("DR4132", Severity.Warning, DiagnosticTexts.Messages);

    /// <summary>Samples whose scoring reported errors. Arguments: how many, of how many.</summary>
    public static readonly DiagnosticDescriptor SamplesWithErrors = new("DR4133", Severity.Warning, DiagnosticTexts.Messages);

    /// <summary>A sensitivity option out of its range. Arguments: the option, what was given, what is allowed.</summary>
    public static readonly DiagnosticDescriptor SensitivityOptionOutOfRange = new("DR4134", Severity.Error, DiagnosticTexts.Messages);
}
