using DtiRules.Language.Binding.Symbols;

namespace DtiRules.Analysis.Attribution;

/// <summary>One input change of a plan, in the order the plan takes them.</summary>
/// <param name="Input">The input changed.</param>
/// <param name="From">Its value before (null when the data has none).</param>
/// <param name="To">Its value in the plan.</param>
/// <param name="Cap">The most the realism level and the input's range allow.</param>
/// <param name="PointsGained">The unit's total points gained by this step, rescored with every unit.</param>
/// <param name="RankAfter">The unit's rank after this step.</param>
public sealed record PlanStep(InputSymbol Input, decimal? From, decimal To, decimal Cap, decimal PointsGained, int? RankAfter);
