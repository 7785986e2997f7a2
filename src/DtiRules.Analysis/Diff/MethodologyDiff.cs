using DtiRules.Language.Binding.Symbols;

namespace DtiRules.Analysis.Diff;

/// <summary>
/// Every methodology change from one edition to another: the header, the main indices' points,
/// the nodes in the new edition's tree order, the removed nodes in the old edition's tree order,
/// then outputs and inputs.
/// </summary>
/// <param name="From">The old edition's header.</param>
/// <param name="To">The new edition's header.</param>
/// <param name="Changes">The changes in that order; empty when the methodologies are the same.</param>
public sealed record MethodologyDiff(RulesetHeader From, RulesetHeader To, IReadOnlyList<MethodologyChange> Changes);
