using System.Globalization;
using DtiRules.Cli.Resources;
using DtiRules.Data.Reports;
using DtiRules.Data.Units;
using DtiRules.Language.Builtins;
using DtiRules.Scoring;

namespace DtiRules.Cli.Output;

/// <summary>The table column that shows, for each merged unit, its constituents and their ranks before the merger.</summary>
internal static class ConstituentRanks
{
    public static (string Header, Func<int, string> Cell) Column(ScoringResult merged, ScoringResult before, UnitMap map)
    {
        var unitOfCode = Enumerable.Range(0, before.Units.Count).ToDictionary(u => before.Units[u].Code, StringComparer.Ordinal);
        var header = Texts.Score.Format(map.ToParents ? nameof(ScoreText.ConstituentsHeader) : nameof(ScoreText.BeforeMergerHeader), before.Units.Count);
        return (header, u => string.Join(", ", map.ConstituentsOf(merged.Units[u].Code)
            .Where(c => unitOfCode.ContainsKey(c.Code))
            .Select(c => $"{c.Name} {ResultNumbers.Rank(before.Ruleset.Index is { } index ? before.Rank(index, unitOfCode[c.Code]) : null)}")));
    }
}
