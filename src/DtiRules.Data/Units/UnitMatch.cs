namespace DtiRules.Data.Units;

/// <summary>What a written unit name matches in a unit list.</summary>
/// <param name="Unit">The one unit it names, or null.</param>
/// <param name="Candidates">When it names several units, all of them (list order); otherwise empty.</param>
/// <param name="OfOtherKind">When it names no unit of the ruleset's kind but a unit above them (a commune list's district), that unit.</param>
public sealed record UnitMatch(Unit? Unit, IReadOnlyList<Unit> Candidates, Unit? OfOtherKind)
{
    /// <summary>No unit.</summary>
    public static UnitMatch None { get; } = new(null, [], null);

    /// <summary>Exactly <paramref name="unit"/>.</summary>
    public static UnitMatch Of(Unit unit) => new(unit, [], null);
}
