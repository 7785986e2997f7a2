using System.Reflection;
using DtiRules.Language.Binding.Analysis;

namespace DtiRules.Language.Builtins;

/// <summary>
/// A built-in function of one unit's own values. Its implementation is one static method of
/// <see cref="ScalarFunctions"/>: the interpreter calls it through <see cref="Invoke"/>, compiled
/// code calls <see cref="Method"/> by name, so the two engines run the same code. A missing
/// argument makes the result missing before the implementation is reached.
/// </summary>
public sealed record ScalarBuiltin : BuiltinFunction
{
    private readonly ScalarInvoker _invoke;

    private ScalarBuiltin(
        string name,
        IReadOnlyList<BuiltinParameter> parameters,
        bool isVariadic,
        string summary,
        Delegate implementation,
        ScalarInvoker invoke,
        Func<IReadOnlyList<Interval>, Interval> range,
        Func<IReadOnlyList<Interval>, int, Trend> trendIn,
        IReadOnlyList<ValueExample> examples)
        : base(name, parameters, isVariadic, summary)
    {
        Method = implementation.Method;
        _invoke = invoke;
        Range = range;
        TrendIn = trendIn;
        Examples = examples;
    }

    /// <summary>The static method computing the function; for a variadic function it takes two arguments and is folded from the left.</summary>
    public MethodInfo Method { get; }

    /// <summary>The range rule: the interval the value lies in, given the intervals of the arguments.</summary>
    public Func<IReadOnlyList<Interval>, Interval> Range { get; }

    /// <summary>
    /// The trend rule: how the value moves as the argument at the given position rises, the others
    /// staying within the given intervals of every argument.
    /// </summary>
    public Func<IReadOnlyList<Interval>, int, Trend> TrendIn { get; }

    /// <summary>Worked examples, run as value tests and printed in the language reference.</summary>
    public IReadOnlyList<ValueExample> Examples { get; }

    /// <summary>The value for present <paramref name="arguments"/>.</summary>
    /// <exception cref="DivideByZeroException">The implementation divides by zero.</exception>
    /// <exception cref="OverflowException">The value is outside the decimal range.</exception>
    public decimal Invoke(ReadOnlySpan<decimal> arguments) => _invoke(arguments);

    /// <summary>A function of one argument.</summary>
    public static ScalarBuiltin Unary(
        string name, BuiltinParameter x, Func<decimal, decimal> implementation, Func<Interval, Interval> range, Func<Interval, Trend> trend, string summary, params ValueExample[] examples) =>
        new(name, [x], false, summary, implementation, a => implementation(a[0]), a => range(a[0]), (a, _) => trend(a[0]), examples);

    /// <summary>A function of two arguments.</summary>
    public static ScalarBuiltin Binary(
        string name, BuiltinParameter a, BuiltinParameter b, Func<decimal, decimal, decimal> implementation, Func<Interval, Interval, Interval> range, Func<IReadOnlyList<Interval>, int, Trend> trendIn, string summary, params ValueExample[] examples) =>
        new(name, [a, b], false, summary, implementation, v => implementation(v[0], v[1]), r => range(r[0], r[1]), trendIn, examples);

    /// <summary>A function of three arguments.</summary>
    public static ScalarBuiltin Ternary(
        string name, BuiltinParameter a, BuiltinParameter b, BuiltinParameter c, Func<decimal, decimal, decimal, decimal> implementation, Func<Interval, Interval, Interval, Interval> range, Func<IReadOnlyList<Interval>, int, Trend> trendIn, string summary, params ValueExample[] examples) =>
        new(name, [a, b, c], false, summary, implementation, v => implementation(v[0], v[1], v[2]), r => range(r[0], r[1], r[2]), trendIn, examples);

    /// <summary>A function of one or more arguments, <paramref name="implementation"/> folded from the left: f(f(a, b), c).</summary>
    public static ScalarBuiltin Fold(
        string name, BuiltinParameter x, Func<decimal, decimal, decimal> implementation, Func<IReadOnlyList<Interval>, Interval> range, Func<IReadOnlyList<Interval>, int, Trend> trendIn, string summary, params ValueExample[] examples) =>
        new(name, [x], true, summary, implementation, v => FoldLeft(implementation, v), range, trendIn, examples);

    /// <inheritdoc />
    public override string ToString() => Name;

    private static decimal FoldLeft(Func<decimal, decimal, decimal> implementation, ReadOnlySpan<decimal> arguments)
    {
        var result = arguments[0];
        foreach (var argument in arguments[1..])
        {
            result = implementation(result, argument);
        }

        return result;
    }
}
