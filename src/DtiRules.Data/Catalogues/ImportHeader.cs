namespace DtiRules.Data.Catalogues;

/// <summary>The header an imported ruleset is written with.</summary>
/// <param name="Family">The ruleset's name (an identifier).</param>
/// <param name="Edition">The edition number.</param>
/// <param name="UnitKind">The unit kind: <c>custom</c> unless given.</param>
/// <param name="Units">The <c>units</c> clause: <c>open</c>, a list's path as written in the ruleset, or null for the kind's built-in list.</param>
public sealed record ImportHeader(string Family, int Edition, string UnitKind, string? Units);
