using DtiRules.Analysis.Wording;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Analysis.Attribution;

/// <summary>
/// One player of a per-change attribution: a change an edition writes (override, removal, move,
/// rename, new node, output or mapping), or several that only make sense together (children
/// re-weighted so they still add up), applied or left out as one.
/// </summary>
/// <param name="Text">The change as written (its first line), or the group's reason and its changes, in either language.</param>
/// <param name="Kind">What kind of change, as CSV and JSON write it: <c>override</c>, <c>remove</c>, <c>move</c>, <c>rename</c>, <c>new node</c>, <c>output</c>, <c>map</c>, or <c>re-weighting</c> for a group.</param>
/// <param name="KindText">The kind as people read it: the keyword of the language, or words in either language.</param>
/// <param name="Declarations">The edition's declarations that make the change.</param>
/// <param name="NewNodes">Ids of the nodes the change adds, whose data the base edition never asked for.</param>
public sealed record EditionChange(Phrase Text, string Kind, Phrase KindText, IReadOnlyList<DeclarationSyntax> Declarations, IReadOnlyList<string> NewNodes)
{
    /// <summary>The change in the current display language (English for CSV and JSON, which write under it).</summary>
    public string Label => Text.ToString();
}
