using DtiRules.Language.Builtins;

namespace DtiRules.LanguageServer.Analysis;

/// <summary>A built-in function as the editor describes it.</summary>
/// <param name="Name">The name used in formulas.</param>
/// <param name="Signature">How it is called.</param>
/// <param name="Description">What it gives.</param>
internal sealed record BuiltinFunction(string Name, string Signature, string Description)
{
    /// <summary>
    /// The functions formulas can call: the language's registry of built-ins, as docs/language.md
    /// describes them, and <c>value</c>. A test binds a call of each with the arity shown.
    /// </summary>
    public static readonly IReadOnlyList<BuiltinFunction> All =
    [
        .. BuiltinFunctions.Scalar.Select(From),
        new("value", "value(node)", "The node's 0–1 value: points / max."),
        .. BuiltinFunctions.Cohort.Select(From),
    ];

    private static BuiltinFunction From(Language.Builtins.BuiltinFunction function) =>
        new(function.Name, function.Signature, char.ToUpperInvariant(function.Summary[0]) + function.Summary[1..] + ".");

    /// <summary>The function named <paramref name="name"/>, or null.</summary>
    public static BuiltinFunction? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
