
namespace DtiRules.Language.Builtins;

/// <summary>
/// A worked example of a built-in function or operator: its arguments and what it gives. Every
/// example runs as a value test through both engines and is printed in the language reference.
/// </summary>
/// <param name="Arguments">The arguments in order; null is a missing value.</param>
/// <param name="Result">The value, or null when it is missing.</param>
/// <param name="Failure">The scoring error it raises instead of a value, if any.</param>
public sealed record ValueExample(IReadOnlyList<decimal?> Arguments, decimal? Result, ScoringFailure Failure = ScoringFailure.None);
