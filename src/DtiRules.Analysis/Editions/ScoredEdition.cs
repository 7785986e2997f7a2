using DtiRules.Scoring;

namespace DtiRules.Analysis.Editions;

/// <summary>One dataset scored under one edition, as a rescore matrix takes it.</summary>
/// <param name="Path">The ruleset file.</param>
/// <param name="Result">The result to report (after any merger of units).</param>
/// <param name="Coverage">How much of the scoring came from the data (after a merger of units, what the data of the units merged covered).</param>
public sealed record ScoredEdition(string Path, ScoringResult Result, CoverageReport Coverage);
