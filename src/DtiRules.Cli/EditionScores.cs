using DtiRules.Analysis.Editions;
using DtiRules.Data.Units;
using DtiRules.Scoring;

namespace DtiRules.Cli;

/// <summary>One edition's scoring of a dataset.</summary>
/// <param name="Result">The result to report: the merged units when a unit map was given, else the units of the data.</param>
/// <param name="BeforeMerger">The scoring of the data's own units when a unit map was given, else null.</param>
/// <param name="Map">The unit map the units were merged with, or null.</param>
internal sealed record EditionScores(ScoringResult Result, ScoringResult? BeforeMerger, UnitMap? Map)
{
    /// <summary>This scoring as the edition of <paramref name="path"/>, with the coverage of the data's own units.</summary>
    public ScoredEdition Of(string path) => new(path, Result, Result.Coverage);
}
