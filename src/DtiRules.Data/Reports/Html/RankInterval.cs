namespace DtiRules.Data.Reports.Html;

/// <summary>A unit's rank as written and the 5th–95th percentile of its rank over the samples.</summary>
/// <param name="Name">The unit's name.</param>
/// <param name="Rank">Its rank under the ruleset as written.</param>
/// <param name="Median">Its median rank.</param>
/// <param name="Low">The 5th percentile (the better end).</param>
/// <param name="High">The 95th percentile.</param>
public sealed record RankInterval(string Name, int Rank, int Median, int Low, int High);
