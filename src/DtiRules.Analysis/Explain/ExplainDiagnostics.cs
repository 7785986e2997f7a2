using DtiRules.Analysis.Resources;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Analysis.Explain;

/// <summary>The problems with what <c>dti explain</c> and <c>dti gaps</c> are asked to explain (codes DR411x), and with what attribution, what-if and plans are given.</summary>
public static class ExplainDiagnostics
{
    /// <summary>The unit is known but the data has no row for it. Arguments: the unit, how many units the data has.</summary>
    public static readonly DiagnosticDescriptor UnitNotInData = new("DR4110", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>No node or output has the id. Arguments: the id, suggestions.</summary>
    public static readonly DiagnosticDescriptor UnknownNode = new("DR4111", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>Per-change attribution needs the later edition to extend the earlier. Arguments: the edition's id, its year, the base asked for.</summary>
    public static readonly DiagnosticDescriptor NotAnExtension = new("DR4112", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A what-if setting names no input. Arguments: the field, suggestions.</summary>
    public static readonly DiagnosticDescriptor UnknownSetField = new("DR4113", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A what-if setting is not written as one. Arguments: the text, what is wrong.</summary>
    public static readonly DiagnosticDescriptor MalformedSetting = new("DR4115", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A target rank outside the units scored. Arguments: the rank, the number of units.</summary>
    public static readonly DiagnosticDescriptor TargetRankOutOfRange = new("DR4116", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>No plan reaches the target at the realism level. Arguments: the unit, the rank, the level, the best rank reached.</summary>
    public static readonly DiagnosticDescriptor TargetNotReachable = new("DR4117", Severity.Warning, DiagnosticTexts.Messages);
}
