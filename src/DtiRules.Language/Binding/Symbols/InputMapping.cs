using DtiRules.Language.Binding.BoundTree;

namespace DtiRules.Language.Binding.Symbols;

/// <summary>How an input gets its value from data that has no column for it (e.g. an older edition's data).</summary>
/// <param name="Target">The input given.</param>
/// <param name="Formula">The formula over data columns.</param>
/// <param name="SourceFields">The columns the formula reads; all must be in the data for the mapping to apply.</param>
/// <param name="Label">The label of the map block, or empty.</param>
public sealed record InputMapping(InputSymbol Target, BoundExpression Formula, IReadOnlyList<string> SourceFields, string Label);
