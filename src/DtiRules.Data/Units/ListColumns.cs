namespace DtiRules.Data.Units;

/// <summary>The 0-based position of each column of a unit list; -1 for an optional column that is absent.</summary>
internal sealed record ListColumns(int Code, int Name, int Aliases, int Kind, int Parent);
