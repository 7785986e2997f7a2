using DtiRules.Scoring;

namespace DtiRules.Analysis.Editions;

/// <summary>One column group of a rescore matrix.</summary>
/// <param name="Label">The edition as headers show it, e.g. <c>2022</c> (with <c>#2</c> when an edition is given twice).</param>
/// <param name="Path">The ruleset file.</param>
/// <param name="Result">The dataset scored under it.</param>
/// <param name="Coverage">How much of the scoring came from the data (after a merger of units, what the data of the units merged covered).</param>
public sealed record RescoreEdition(string Label, string Path, ScoringResult Result, CoverageReport Coverage);
