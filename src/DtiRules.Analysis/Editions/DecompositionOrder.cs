namespace DtiRules.Analysis.Editions;

/// <summary>Which change a decomposition applies first; the two orders split the same total differently.</summary>
public enum DecompositionOrder
{
    /// <summary>Data effect = A(NEW) − A(OLD), then methodology effect = B(NEW) − A(NEW).</summary>
    DataFirst,

    /// <summary>Methodology effect = B(OLD) − A(OLD), then data effect = B(NEW) − B(OLD).</summary>
    RulesFirst,
}
