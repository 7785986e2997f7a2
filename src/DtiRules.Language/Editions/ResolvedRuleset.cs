using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Editions;

/// <summary>An edition flattened: its own declarations merged into everything it inherits.</summary>
/// <param name="Root">The flattened declarations (no <c>extends</c>, no changes left).</param>
/// <param name="Aliases">Old ids of renamed nodes, each to its id in this edition.</param>
/// <param name="BaseEdition">The edition extended, as <c>id edition</c>, or null.</param>
public sealed record ResolvedRuleset(RulesetSyntax Root, IReadOnlyDictionary<string, string> Aliases, string? BaseEdition);
