using System.Reflection;
using DtiRules.Language.Binding.Analysis;
using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Builtins;

/// <summary>
/// A binary operator as every stage sees it. Its implementation is one static method of
/// <see cref="Operators"/> on present values (yes/no as 1 or 0): the interpreter calls it through
/// <see cref="Apply"/>, compiled code calls <see cref="Method"/> by name.
/// </summary>
/// <param name="Kind">The bound operation.</param>
/// <param name="Syntax">The written operator it binds from.</param>
/// <param name="Symbol">How it is written, e.g. <c>&lt;=</c> or <c>and</c>.</param>
/// <param name="Family">Which operands it takes and what it gives.</param>
/// <param name="Implementation">A static method of <see cref="Operators"/>.</param>
/// <param name="Range">The range rule: the interval of the value, given the intervals of the operands.</param>
/// <param name="Summary">What it computes, in one line.</param>
/// <param name="Examples">Worked examples, run as value tests and printed in the language reference.</param>
public sealed record BinaryOperator(
    BoundBinaryOperatorKind Kind,
    SyntaxOperator Syntax,
    string Symbol,
    OperatorFamily Family,
    Func<decimal, decimal, decimal> Implementation,
    Func<Interval, Interval, Interval> Range,
    string Summary,
    IReadOnlyList<ValueExample> Examples)
{
    /// <summary>The static method compiled code calls.</summary>
    public MethodInfo Method => Implementation.Method;

    /// <summary>The value for present operands.</summary>
    /// <exception cref="DivideByZeroException">Division by zero.</exception>
    /// <exception cref="OverflowException">The value is outside the decimal range.</exception>
    public decimal Apply(decimal left, decimal right) => Implementation(left, right);

    /// <inheritdoc />
    public override string ToString() => Symbol;
}
