using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Resources;

namespace DtiRules.Language.Builtins;

/// <summary>
/// A built-in function of the language as every stage sees it: the binder checks calls against
/// its parameters, the range analyser bounds its value, both engines compute it with its
/// implementation, <c>explain</c> and the language reference describe it from it.
/// </summary>
/// <param name="Name">The name written in rulesets, e.g. <c>ratio</c>.</param>
/// <param name="Parameters">The parameters in order; for a variadic function, the one repeated.</param>
/// <param name="IsVariadic">True when the function takes one or more arguments of its single parameter.</param>
/// <param name="Summary">What the function computes, in one line, for the language reference and explanations.</param>
public abstract record BuiltinFunction(string Name, IReadOnlyList<BuiltinParameter> Parameters, bool IsVariadic, string Summary) : ISymbol
{
    /// <summary>The arguments a call needs, as diagnostics say it in the current language: <c>2 arguments (numerator, denominator)</c>.</summary>
    public string ArityText => (IsVariadic, Parameters.Count) switch
    {
        (true, _) => DiagnosticTexts.Phrase(nameof(DiagnosticText.Arity_OneOrMore)),
        (false, 1) => DiagnosticTexts.Phrase(nameof(DiagnosticText.Arity_One)),
        (false, var count) => DiagnosticTexts.Phrase(nameof(DiagnosticText.Arity_Many), count, string.Join(", ", Parameters.Select(p => p.Name))),
    };

    /// <summary>How a call is written, with the parameters' names: <c>ratio(numerator, denominator)</c>, <c>min(x, …)</c>.</summary>
    public string Signature =>
        IsVariadic ? $"{Name}({Parameters[0].Name}, …)" : $"{Name}({string.Join(", ", Parameters.Select(p => p.Name))})";

    /// <summary>True when a call with <paramref name="count"/> arguments has the right number of them.</summary>
    public bool Accepts(int count) => IsVariadic ? count >= 1 : count == Parameters.Count;
}
