namespace DtiRules.Language.Diagnostics;

public static partial class DiagnosticDescriptors
{
    /// <summary>DR2001: an operator applied to operands of the wrong types.</summary>
    public static readonly DiagnosticDescriptor OperatorTypeMismatch =
        Error("DR2001", "Operator type mismatch", "Cannot apply '{0}' to {1} and {2}.{3}");

    /// <summary>DR2002: a yes/no used where a number is needed.</summary>
    public static readonly DiagnosticDescriptor YesNoAsNumber =
        Error("DR2002", "Yes/no used as a number", "'{0}' is yes/no, not a number; write 'if {0} then <points> else 0'.");

    /// <summary>DR2003: a level compared with something of another type.</summary>
    public static readonly DiagnosticDescriptor LevelComparison =
        Error("DR2003", "Level compared with another type", "{0} is a level of '{1}' and cannot be compared with {2}; compare with a member such as '{1}.{3}', or score it with 'levels {4} {{ … }}'.");

    /// <summary>DR2004: a condition that is not yes/no.</summary>
    public static readonly DiagnosticDescriptor ConditionNotYesNo =
        Error("DR2004", "Condition is not yes/no", "A condition must be yes/no but this is {0}; compare it, e.g. '{1} > 0'.");

    /// <summary>DR2005: a function called with the wrong number of arguments.</summary>
    public static readonly DiagnosticDescriptor ArgumentCount =
        Error("DR2005", "Wrong number of arguments", "'{0}' takes {1}; it was given {2}.");

    /// <summary>DR2006: an argument of the wrong type.</summary>
    public static readonly DiagnosticDescriptor ArgumentType =
        Error("DR2006", "Argument type", "Argument {0} of '{1}' must be {2} but is {3}.{4}");

    /// <summary>DR2007: formulas that depend on each other in a circle.</summary>
    public static readonly DiagnosticDescriptor Cycle =
        Error("DR2007", "Circular dependency", "Circular dependency: {0}; break the circle so each value depends only on values computed before it.");

    /// <summary>DR2008: children whose max points do not add up to the parent's.</summary>
    public static readonly DiagnosticDescriptor ChildrenMaxMismatch =
        Error("DR2008", "Children max points do not add up", "The children of '{0}' add up to {1} points but '{0}' has max {2}; change a child's max by {3} or the parent's max to {1}.");

    /// <summary>DR2009: top-level nodes that do not add up to the scale.</summary>
    public static readonly DiagnosticDescriptor TotalNotScale =
        Error("DR2009", "Total is not the scale", "The top-level nodes add up to {0} points but the scale is {1}; change a main index's max by {2}.");

    /// <summary>DR2010: a formula that may exceed its node's max.</summary>
    public static readonly DiagnosticDescriptor MayExceedMax =
        Warning("DR2010", "Formula may exceed max", "The formula of '{0}' can reach {1}, outside 0..{2}; results are clamped at run time. Bound it, e.g. 'min(…, {2})'.");

    /// <summary>DR2011: a table value or constant that is above the node's max.</summary>
    public static readonly DiagnosticDescriptor ExceedsMax =
        Error("DR2011", "Value exceeds max", "This gives {0} points but '{1}' has max {2}; lower it to at most {2}.");

    /// <summary>DR2012: a cohort function where it is not allowed.</summary>
    public static readonly DiagnosticDescriptor CohortNotAllowed =
        Error("DR2012", "Cohort function not allowed here", "'{0}' cannot be used {1}; compute it in a node of its own and refer to that node.");

    /// <summary>DR2013: a scored leaf without a formula.</summary>
    public static readonly DiagnosticDescriptor LeafWithoutFormula =
        Error("DR2013", "Leaf without formula", "Node '{0}' has no children and no formula; add 'score = …' or child nodes.");

    /// <summary>DR2014: a level table that misses members.</summary>
    public static readonly DiagnosticDescriptor IncompleteLevelTable =
        Error("DR2014", "Incomplete level table", "The table has no value for {0}; add an arm for each or an 'else: …' arm.");

    /// <summary>DR2015: a tier arm no value can reach.</summary>
    public static readonly DiagnosticDescriptor UnreachableTier =
        Warning("DR2015", "Unreachable tier", "No value reaches this arm: an earlier arm already takes every value it would; reorder the arms from the highest threshold down.");

    /// <summary>DR2016: a range whose low is above its high.</summary>
    public static readonly DiagnosticDescriptor InvalidRange =
        Error("DR2016", "Invalid range", "The range {0}..{1} is empty; write the smaller bound first.");

    /// <summary>DR2017: a negative max.</summary>
    public static readonly DiagnosticDescriptor NegativeMax =
        Error("DR2017", "Negative max points", "Max points must be 0 or more; '{0}' has {1}.");

    /// <summary>DR2018: a formula whose result is not a number.</summary>
    public static readonly DiagnosticDescriptor FormulaNotNumeric =
        Error("DR2018", "Formula is not a number", "The formula gives {0}, not points; {1}");

    /// <summary>DR2019: an argument that must be a node.</summary>
    public static readonly DiagnosticDescriptor NotANode =
        Error("DR2019", "Not a node", "'{0}' takes a node id; '{1}' is {2}.");

    /// <summary>DR2020: an option that does not apply to the input's type.</summary>
    public static readonly DiagnosticDescriptor OptionNotApplicable =
        Error("DR2020", "Option does not apply", "'{0}' does not apply to a {1} input; remove it.");

    /// <summary>DR2021: an argument that must be a constant.</summary>
    public static readonly DiagnosticDescriptor NotConstant =
        Error("DR2021", "Not a constant", "{0} must be a whole number written as a constant, between {1} and {2}.");

    /// <summary>DR2022: a formula on a node with children that also sum.</summary>
    public static readonly DiagnosticDescriptor UnscoredWithFormula =
        Warning("DR2022", "Formula on an unscored node", "'{0}' is worth 0 points, so its formula is never used; remove it or give the node points.");

    /// <summary>DR2023: an output or node formula written twice.</summary>
    public static readonly DiagnosticDescriptor OutputWithoutFormula =
        Error("DR2023", "Output without formula", "Output '{0}' has no formula; add 'value = …'.");

    /// <summary>DR2024: a node moved under itself.</summary>
    public static readonly DiagnosticDescriptor MoveIntoOwnSubtree =
        Error("DR2024", "Move into own subtree", "'{0}' cannot move under '{1}', which is inside it; choose a parent outside '{0}'.");

    /// <summary>DR2025: a leaf whose formula cannot reach its max.</summary>
    public static readonly DiagnosticDescriptor FullMarksUnreachable =
        Warning("DR2025", "Full marks unreachable", "The formula of '{0}' reaches at most {1} of its {2} points, so no unit can get full marks; scale it to the max (write 'max' for the node's max, e.g. '… * max').");

    /// <summary>DR2026: an output whose value can leave 0..1.</summary>
    public static readonly DiagnosticDescriptor OutputOutsideUnit =
        Warning("DR2026", "Output can leave 0..1", "The value of '{0}' can reach {1}, outside 0..1;{2} make its divisor what its parts can add up to.");

    /// <summary>DR2040: constant bounds of a built-in written the wrong way round. Arguments: the function, the lower bound's name and value, the upper bound's name and value.</summary>
    public static readonly DiagnosticDescriptor ReversedBounds =
        Warning("DR2040", "Bounds reversed", "In '{0}', {1} {2} is above {3} {4}, so the result is always {2}; swap the two bounds.");
}
