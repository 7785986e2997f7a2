using DtiRules.Scoring;

namespace DtiRules.Analysis.Attribution;

/// <summary>One change's share of one unit's methodology effect.</summary>
/// <param name="Unit">The unit (as the NEW data names it).</param>
/// <param name="Change">The change.</param>
/// <param name="Contribution">Its share in the chosen order (Shapley: the mean of its shares on OLD and on NEW); null when a state left the unit without a value.</param>
/// <param name="OnOldData">Its share of B(OLD) − A(OLD).</param>
/// <param name="OnNewData">Its share of B(NEW) − A(NEW).</param>
/// <param name="StandardError">The sampling error of <paramref name="Contribution"/>; null when exact.</param>
/// <param name="DataMissing">True when a node the change adds has no data for the unit in the data the share was measured on: the share is then the missing data as much as the rules.</param>
public sealed record ChangeContribution(
    UnitIdentity Unit, EditionChange Change, decimal? Contribution, decimal? OnOldData, decimal? OnNewData, double? StandardError, bool DataMissing);
