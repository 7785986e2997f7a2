namespace DtiRules.Language.Diagnostics;

public static partial class DiagnosticDescriptors
{
    /// <summary>DR2001: an operator applied to operands of the wrong types.</summary>
    public static readonly DiagnosticDescriptor OperatorTypeMismatch = Error("DR2001");

    /// <summary>DR2002: a yes/no used where a number is needed.</summary>
    public static readonly DiagnosticDescriptor YesNoAsNumber = Error("DR2002");

    /// <summary>DR2003: a level compared with something of another type.</summary>
    public static readonly DiagnosticDescriptor LevelComparison = Error("DR2003");

    /// <summary>DR2004: a condition that is not yes/no.</summary>
    public static readonly DiagnosticDescriptor ConditionNotYesNo = Error("DR2004");

    /// <summary>DR2005: a function called with the wrong number of arguments.</summary>
    public static readonly DiagnosticDescriptor ArgumentCount = Error("DR2005");

    /// <summary>DR2006: an argument of the wrong type.</summary>
    public static readonly DiagnosticDescriptor ArgumentType = Error("DR2006");

    /// <summary>DR2007: formulas that depend on each other in a circle.</summary>
    public static readonly DiagnosticDescriptor Cycle = Error("DR2007");

    /// <summary>DR2008: children whose max points do not add up to the parent's.</summary>
    public static readonly DiagnosticDescriptor ChildrenMaxMismatch = Error("DR2008");

    /// <summary>DR2009: top-level nodes that do not add up to the scale.</summary>
    public static readonly DiagnosticDescriptor TotalNotScale = Error("DR2009");

    /// <summary>DR2010: a formula that may exceed its node's max.</summary>
    public static readonly DiagnosticDescriptor MayExceedMax = Warning("DR2010");

    /// <summary>DR2011: a table value or constant that is above the node's max.</summary>
    public static readonly DiagnosticDescriptor ExceedsMax = Error("DR2011");

    /// <summary>DR2012: a cohort function where it is not allowed.</summary>
    public static readonly DiagnosticDescriptor CohortNotAllowed = Error("DR2012");

    /// <summary>DR2013: a scored leaf without a formula.</summary>
    public static readonly DiagnosticDescriptor LeafWithoutFormula = Error("DR2013");

    /// <summary>DR2014: a level table that misses members.</summary>
    public static readonly DiagnosticDescriptor IncompleteLevelTable = Error("DR2014");

    /// <summary>DR2015: a tier arm no value can reach.</summary>
    public static readonly DiagnosticDescriptor UnreachableTier = Warning("DR2015");

    /// <summary>DR2016: a range whose low is above its high.</summary>
    public static readonly DiagnosticDescriptor InvalidRange = Error("DR2016");

    /// <summary>DR2017: a negative max.</summary>
    public static readonly DiagnosticDescriptor NegativeMax = Error("DR2017");

    /// <summary>DR2018: a formula whose result is not a number.</summary>
    public static readonly DiagnosticDescriptor FormulaNotNumeric = Error("DR2018");

    /// <summary>DR2019: an argument that must be a node.</summary>
    public static readonly DiagnosticDescriptor NotANode = Error("DR2019");

    /// <summary>DR2020: an option that does not apply to the input's type.</summary>
    public static readonly DiagnosticDescriptor OptionNotApplicable = Error("DR2020");

    /// <summary>DR2021: an argument that must be a constant.</summary>
    public static readonly DiagnosticDescriptor NotConstant = Error("DR2021");

    /// <summary>DR2022: a formula on a node with children that also sum.</summary>
    public static readonly DiagnosticDescriptor UnscoredWithFormula = Warning("DR2022");

    /// <summary>DR2023: an output or node formula written twice.</summary>
    public static readonly DiagnosticDescriptor OutputWithoutFormula = Error("DR2023");

    /// <summary>DR2024: a node moved under itself.</summary>
    public static readonly DiagnosticDescriptor MoveIntoOwnSubtree = Error("DR2024");

    /// <summary>DR2025: a leaf whose formula cannot reach its max.</summary>
    public static readonly DiagnosticDescriptor FullMarksUnreachable = Warning("DR2025");

    /// <summary>DR2026: an output whose value can leave 0..1.</summary>
    public static readonly DiagnosticDescriptor OutputOutsideUnit = Warning("DR2026");

    /// <summary>DR2040: constant bounds of a built-in written the wrong way round. Arguments: the function, the lower bound's name and value, the upper bound's name and value.</summary>
    public static readonly DiagnosticDescriptor ReversedBounds = Warning("DR2040");
}
