namespace DtiRules.Language.Schema;

/// <summary>One column a dataset may supply for a ruleset: an input, or a node's given value or points.</summary>
/// <param name="Name">The column name: an input id, a node id, or <c>node.points</c>.</param>
/// <param name="Label">The Vietnamese label, for messages.</param>
/// <param name="Kind">How cells are read.</param>
/// <param name="Minimum">Smallest allowed value, or null for none.</param>
/// <param name="Maximum">Largest allowed value, or null for none.</param>
/// <param name="LevelMembers">For <see cref="FieldKind.Level"/>: member names, lowest first.</param>
/// <param name="LevelLabels">For <see cref="FieldKind.Level"/>: member labels, in the same order.</param>
public sealed record DataField(
    string Name,
    string Label,
    FieldKind Kind,
    decimal? Minimum,
    decimal? Maximum,
    IReadOnlyList<string> LevelMembers,
    IReadOnlyList<string> LevelLabels);
