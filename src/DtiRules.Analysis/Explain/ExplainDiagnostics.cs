using DtiRules.Language.Diagnostics;

namespace DtiRules.Analysis.Explain;

/// <summary>The problems with what <c>dti explain</c> and <c>dti gaps</c> are asked to explain (codes DR411x), and with what attribution, what-if and plans are given.</summary>
public static class ExplainDiagnostics
{
    /// <summary>The unit is known but the data has no row for it. Arguments: the unit, how many units the data has.</summary>
    public static readonly DiagnosticDescriptor UnitNotInData = new(
        "DR4110", Severity.Error, "Unit not in the data",
        "{0} has no row in the data, which scores {1} unit(s); name a unit of the data file or add its row.");

    /// <summary>No node or output has the id. Arguments: the id, suggestions.</summary>
    public static readonly DiagnosticDescriptor UnknownNode = new(
        "DR4111", Severity.Error, "Unknown node",
        "Unknown node or output '{0}'{1}; name a node or output id of the ruleset ('dti show RULESET' lists them).");

    /// <summary>Per-change attribution needs the later edition to extend the earlier. Arguments: the edition's id, its year, the base asked for.</summary>
    public static readonly DiagnosticDescriptor NotAnExtension = new(
        "DR4112", Severity.Error, "Edition does not extend the other",
        "'{0} {1}' does not extend '{2}', so it writes no changes against it to attribute; compare an edition with the one it extends (as 2023 extends 2022), or leave out --by-change.");

    /// <summary>A what-if setting names no input. Arguments: the field, suggestions.</summary>
    public static readonly DiagnosticDescriptor UnknownSetField = new(
        "DR4113", Severity.Error, "Unknown input to set",
        "'{0}' is not an input of the ruleset{1}; set an input id ('dti show RULESET' lists them).");

    /// <summary>A what-if setting is not written as one. Arguments: the text, what is wrong.</summary>
    public static readonly DiagnosticDescriptor MalformedSetting = new(
        "DR4115", Severity.Error, "Malformed setting",
        "'{0}' is not a setting: {1}; write \"UNIT: field=value, field=value\" (a scenario file has the columns unit,field,value).");

    /// <summary>A target rank outside the units scored. Arguments: the rank, the number of units.</summary>
    public static readonly DiagnosticDescriptor TargetRankOutOfRange = new(
        "DR4116", Severity.Error, "Target rank out of range",
        "Rank {0} is outside 1..{1}, the ranks of the units scored; choose a rank in that range.");

    /// <summary>No plan reaches the target at the realism level. Arguments: the unit, the rank, the level, the best rank reached.</summary>
    public static readonly DiagnosticDescriptor TargetNotReachable = new(
        "DR4117", Severity.Warning, "Target rank cannot be reached",
        "{0} cannot reach rank {1} with every input capped at its range and at the {2} of all units; the plan gets it to rank {3}. Choose a higher --realism or a lower --target-rank.");
}
