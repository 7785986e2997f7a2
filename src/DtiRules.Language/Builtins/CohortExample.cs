namespace DtiRules.Language.Builtins;

/// <summary>
/// A worked example of a cohort function: the argument of every unit and the function's value
/// for each. Runs as a value test through both engines and is printed in the language reference.
/// </summary>
/// <param name="Column">Each unit's argument, in unit order; null is a missing value.</param>
/// <param name="Results">Each unit's value, in the same order; null where it is missing.</param>
public sealed record CohortExample(IReadOnlyList<decimal?> Column, IReadOnlyList<decimal?> Results);
