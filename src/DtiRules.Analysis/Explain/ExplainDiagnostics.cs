using DtiRules.Language.Diagnostics;

namespace DtiRules.Analysis.Explain;

/// <summary>The problems with what <c>dti explain</c> and <c>dti gaps</c> are asked to explain (codes DR411x).</summary>
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
}
