using DtiRules.Language.Builtins;
using DtiRules.LanguageServer.Resources;

namespace DtiRules.LanguageServer.Analysis;

/// <summary>A built-in function as the editor describes it.</summary>
/// <param name="Name">The name used in formulas.</param>
/// <param name="Signature">How it is called.</param>
internal sealed record BuiltinFunction(string Name, string Signature)
{
    /// <summary>The prefix of the keys of the functions' descriptions in <c>EditorText</c>, followed by the name.</summary>
    public const string DescriptionKeyPrefix = "Builtin_";

    /// <summary>
    /// The functions formulas can call: the language's registry of built-ins, as docs/language.md
    /// describes them, and <c>value</c>. A test binds a call of each with the arity shown.
    /// </summary>
    public static readonly IReadOnlyList<BuiltinFunction> All =
    [
        .. BuiltinFunctions.Scalar.Select(From),
        new("value", "value(node)"),
        .. BuiltinFunctions.Cohort.Select(From),
    ];

    /// <summary>
    /// What it gives, in the language the server answers in. The key is named after the function, so
    /// a test checks that each function of <see cref="All"/> has one and that its English is the registry's summary.
    /// </summary>
    public string Description => EditorTexts.Words.Get(DescriptionKeyPrefix + Name);

    private static BuiltinFunction From(Language.Builtins.BuiltinFunction function) => new(function.Name, function.Signature);

    /// <summary>The function named <paramref name="name"/>, or null.</summary>
    public static BuiltinFunction? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
