using DtiRules.Language.Binding.Symbols;
using DtiRules.Scoring;

namespace DtiRules.Analysis.Explain;

/// <summary>Why one unit got its result: a trace from the index (or a chosen node) down to the inputs, and every output with its rank.</summary>
/// <param name="Header">The ruleset's header.</param>
/// <param name="Unit">The unit explained.</param>
/// <param name="Units">How many units were scored (the cohort).</param>
/// <param name="Coverage">Share (0–1) of the unit's points computed from data.</param>
/// <param name="Root">The trace.</param>
/// <param name="Outputs">Every output (the index and the pillars), without children.</param>
public sealed record Explanation(
    RulesetHeader Header, UnitIdentity Unit, int Units, decimal Coverage, ExplainedNode Root, IReadOnlyList<ExplainedNode> Outputs);
