namespace DtiRules.Analysis.Explain;

/// <summary>An input a formula reads, with the unit's value as the formula used it.</summary>
/// <param name="Id">The input id (its data column).</param>
/// <param name="Label">The Vietnamese label.</param>
/// <param name="Type">The declared type, as the language names it (<c>percent</c>, <c>level(chair_level)</c>).</param>
/// <param name="Value">The value as used (a level's ordinal, 1 for yes, 0 for no), or null when missing.</param>
/// <param name="Display">The value as people write it: a level's member, yes or no, or the number.</param>
/// <param name="UnitOfMeasure">The declared unit of measure, or empty.</param>
/// <param name="Flags">Flag names of the unit's input cell (missing, imputed, mapped…).</param>
public sealed record ExplainedInput(
    string Id, string Label, string Type, decimal? Value, string Display, string UnitOfMeasure, IReadOnlyList<string> Flags);
