using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Analysis.Attribution;

/// <summary>
/// One player of a per-change attribution: a change an edition writes (override, removal, move,
/// rename, new node, output or mapping), or several that only make sense together (children
/// re-weighted so they still add up), applied or left out as one.
/// </summary>
/// <param name="Label">The change as written (its first line), or the group's reason and its changes.</param>
/// <param name="Kind">What kind of change: <c>override</c>, <c>remove</c>, <c>move</c>, <c>rename</c>, <c>new node</c>, <c>output</c>, <c>map</c>, or <c>re-weighting</c> for a group.</param>
/// <param name="Declarations">The edition's declarations that make the change.</param>
/// <param name="NewNodes">Ids of the nodes the change adds, whose data the base edition never asked for.</param>
public sealed record EditionChange(string Label, string Kind, IReadOnlyList<DeclarationSyntax> Declarations, IReadOnlyList<string> NewNodes);
