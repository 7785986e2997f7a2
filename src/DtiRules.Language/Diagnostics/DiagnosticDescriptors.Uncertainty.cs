namespace DtiRules.Language.Diagnostics;

public static partial class DiagnosticDescriptors
{
    /// <summary>DR2030: a weight factor on a node worth no points.</summary>
    public static readonly DiagnosticDescriptor WeightOfUnscoredNode =
        Error("DR2030", "Weight of an unscored node", "'{0}' is worth 0 points, so it has no weight to vary; vary a node worth points.");

    /// <summary>DR2031: a weight factor that breaks the scale.</summary>
    public static readonly DiagnosticDescriptor WeightBreaksScale =
        Error("DR2031", "Weight breaks the scale", "'{0}' could get {1} points, {2}; keep its weight above 0 and within {3} points.");

    /// <summary>DR2032: a weight factor whose renormalisation cancels it.</summary>
    public static readonly DiagnosticDescriptor WeightWithoutSiblings =
        Warning("DR2032", "Weight cancelled by renormalising", "'{0}' is the only scored node under {1}, so rescaling to keep the max cancels any change of its weight; vary its parent's weight instead.");

    /// <summary>DR2033: noise on an input that is not a number.</summary>
    public static readonly DiagnosticDescriptor NoiseOnNonNumber =
        Error("DR2033", "Noise on an input that is not a number", "'{0}' is {1}; noise applies to number, percent and count inputs.");

    /// <summary>DR2034: alternative formulas for a node that adds up its children.</summary>
    public static readonly DiagnosticDescriptor FormulaFactorWithoutFormula =
        Error("DR2034", "No formula to vary", "'{0}' has no formula of its own (it adds up its children); vary the formulas or weights of its children.");

    /// <summary>DR2035: a spread or weight out of its bounds.</summary>
    public static readonly DiagnosticDescriptor SpreadOutOfRange =
        Error("DR2035", "Spread or weight out of range", "{0} is {1}; write {2}.");
}
