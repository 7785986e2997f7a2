namespace DtiRules.Data.Reading.Criteria;

/// <summary>One column of a criteria sheet.</summary>
/// <param name="Index">The 0-based column.</param>
/// <param name="Header">The header as written, on one line.</param>
/// <param name="Kind">What it holds.</param>
/// <param name="Round">The round id of a round column; null for the others.</param>
public sealed record CriteriaColumn(int Index, string Header, CriteriaColumnKind Kind, string? Round);
