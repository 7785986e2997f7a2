using System.Collections.Frozen;
using DtiRules.Language.Binding.Analysis;

namespace DtiRules.Language.Builtins;

/// <summary>
/// The registry of built-in functions: one record per function, read by the binder, the range
/// analyser, both engines, <c>explain</c> and the language reference. Adding a built-in is one
/// record here and its implementation (a method of <see cref="ScalarFunctions"/>, or the value
/// of a cohort function over a <see cref="CohortSample"/>).
/// </summary>
public static partial class BuiltinFunctions
{
    /// <summary>Every built-in function: the scalar ones, then the cohort ones, each in reference order.</summary>
    public static IReadOnlyList<BuiltinFunction> All => [.. Scalar, .. Cohort];

    /// <summary>The function called <paramref name="name"/>, or null.</summary>
    public static BuiltinFunction? Find(string name) => Names.ByName.GetValueOrDefault(name);

    private static ValueExample Example(decimal? result, params decimal?[] arguments) => new(arguments, result);

    private static CohortExample Example(decimal?[] column, decimal?[] results) => new(column, results);

    private static BuiltinParameter Parameter(string name) => new(name);

    private static Interval Same(Interval argument) => argument;

    /// <summary>The lookup by name, built after every record (in whichever file) is initialised.</summary>
    private static class Names
    {
        public static readonly FrozenDictionary<string, BuiltinFunction> ByName = All.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);
    }
}
