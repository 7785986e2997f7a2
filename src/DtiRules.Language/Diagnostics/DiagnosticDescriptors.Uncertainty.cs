namespace DtiRules.Language.Diagnostics;

public static partial class DiagnosticDescriptors
{
    /// <summary>DR2030: a weight factor on a node worth no points.</summary>
    public static readonly DiagnosticDescriptor WeightOfUnscoredNode = Error("DR2030");

    /// <summary>DR2031: a weight factor that breaks the scale.</summary>
    public static readonly DiagnosticDescriptor WeightBreaksScale = Error("DR2031");

    /// <summary>DR2032: a weight factor whose renormalisation cancels it.</summary>
    public static readonly DiagnosticDescriptor WeightWithoutSiblings = Warning("DR2032");

    /// <summary>DR2033: noise on an input that is not a number.</summary>
    public static readonly DiagnosticDescriptor NoiseOnNonNumber = Error("DR2033");

    /// <summary>DR2034: alternative formulas for a node that adds up its children.</summary>
    public static readonly DiagnosticDescriptor FormulaFactorWithoutFormula = Error("DR2034");

    /// <summary>DR2035: a spread or weight out of its bounds.</summary>
    public static readonly DiagnosticDescriptor SpreadOutOfRange = Error("DR2035");
}
