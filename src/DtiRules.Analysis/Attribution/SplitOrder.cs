namespace DtiRules.Analysis.Attribution;

/// <summary>How a change between (A, OLD) and (B, NEW) is split into the part the data made and the part the rules made.</summary>
public enum SplitOrder
{
    /// <summary>The Shapley split: each effect is its average over both orders, so neither is favoured.</summary>
    Shapley,

    /// <summary>Data effect = A(NEW) − A(OLD), then methodology effect = B(NEW) − A(NEW).</summary>
    DataFirst,

    /// <summary>Methodology effect = B(OLD) − A(OLD), then data effect = B(NEW) − B(OLD).</summary>
    RulesFirst,
}
