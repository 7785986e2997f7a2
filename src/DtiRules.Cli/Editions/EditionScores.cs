using DtiRules.Data.Units;
using DtiRules.Language.Evaluation;

namespace DtiRules.Cli.Editions;

/// <summary>One edition's scoring of a dataset.</summary>
/// <param name="Result">The result to report: the merged units when a unit map was given, else the units of the data.</param>
/// <param name="BeforeMerger">The scoring of the data's own units when a unit map was given, else null.</param>
/// <param name="Map">The unit map the units were merged with, or null.</param>
internal sealed record EditionScores(ScoringResult Result, ScoringResult? BeforeMerger, UnitMap? Map);
