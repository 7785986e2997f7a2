namespace DtiRules.LanguageServer.Analysis;

/// <summary>A built-in function as the editor describes it.</summary>
/// <param name="Name">The name used in formulas.</param>
/// <param name="Signature">How it is called.</param>
/// <param name="Description">What it gives.</param>
internal sealed record BuiltinFunction(string Name, string Signature, string Description)
{
    /// <summary>
    /// The functions formulas can call, as docs/language.md describes them. A test binds a call of
    /// each with the arity shown, so the list cannot name a function the checker does not know.
    /// </summary>
    public static readonly IReadOnlyList<BuiltinFunction> All =
    [
        new("min", "min(a, b, …)", "The smallest argument."),
        new("max", "max(a, b, …)", "The largest argument."),
        new("clamp", "clamp(x, low, high)", "x held within low..high."),
        new("round", "round(x, decimals)", "x rounded half away from zero; decimals is a whole constant 0–10."),
        new("abs", "abs(x)", "The absolute value."),
        new("ratio", "ratio(a, b)", "a / b, or 0 when b is 0."),
        new("value", "value(node)", "The node's 0–1 value: points / max."),
        new("cohort_max", "cohort_max(x)", "The largest x over every unit scored."),
        new("cohort_min", "cohort_min(x)", "The smallest x over every unit scored."),
        new("cohort_mean", "cohort_mean(x)", "The mean of x over every unit scored."),
        new("cohort_median", "cohort_median(x)", "The median of x over every unit scored."),
        new("cohort_rank", "cohort_rank(x)", "The unit's competition rank by x, 1 = highest."),
        new("cohort_percentile", "cohort_percentile(x)", "The share (0–100) of the other units with a lower x."),
        new("minmax", "minmax(x)", "(x − min) / (max − min) over the cohort; 1 when all are equal."),
        new("relative_to_best", "relative_to_best(x)", "x / the cohort's largest x; 0 when that is not positive."),
    ];

    /// <summary>The function named <paramref name="name"/>, or null.</summary>
    public static BuiltinFunction? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
