using System.Globalization;
using System.Text;

namespace DtiRules.Language.Builtins;

/// <summary>The language reference's tables of operators and built-in functions, written from the registries with their worked examples.</summary>
public static class BuiltinReference
{
    /// <summary>The tables as Markdown.</summary>
    public static string Markdown()
    {
        var text = new StringBuilder();
        text.Append("\n### Operators\n\n");
        text.Append("Arithmetic takes numbers; comparisons take numbers, or members of one level type, or (`==`, `!=`)\n");
        text.Append("yes/no values; `and` and `or` take yes/no values. A missing operand makes the result missing.\n\n");
        text.Append("| operator | value | examples |\n|---|---|---|\n");
        foreach (var binary in BinaryOperators.All)
        {
            var yesNoOperands = binary.Family == OperatorFamily.Logical;
            var yesNoResult = binary.Family != OperatorFamily.Arithmetic;
            var examples = binary.Examples.Select(e =>
                $"`{Value(e.Arguments[0], yesNoOperands)} {binary.Symbol} {Value(e.Arguments[1], yesNoOperands)}` {Outcome(e, yesNoResult)}");
            text.Append(CultureInfo.InvariantCulture, $"| `a {binary.Symbol} b` | {binary.Summary} | {string.Join("; ", examples)} |\n");
        }

        text.Append("\n### Functions\n\n");
        text.Append("A missing argument makes the result missing.\n\n");
        text.Append("| function | value | examples |\n|---|---|---|\n");
        foreach (var function in BuiltinFunctions.Scalar)
        {
            var examples = function.Examples.Select(e => $"`{function.Name}({string.Join(", ", e.Arguments.Select(a => Value(a, false)))})` {Outcome(e, false)}");
            text.Append(CultureInfo.InvariantCulture, $"| `{function.Signature}` | {function.Summary} | {string.Join("; ", examples)} |\n");
        }

        text.Append("\n### Cohort functions\n\n");
        text.Append("These see every unit being scored (the units in the dataset). The argument is evaluated for every\n");
        text.Append("unit first; units whose argument is missing are left out of the statistic and get no value.\n\n");
        text.Append("| function | value | example: each unit's `x` → its value |\n|---|---|---|\n");
        foreach (var function in BuiltinFunctions.Cohort)
        {
            var examples = function.Examples.Select(e => $"{Values(e.Column)} → {Values(e.Results)}");
            text.Append(CultureInfo.InvariantCulture, $"| `{function.Signature}` | {function.Summary} | {string.Join("; ", examples)} |\n");
        }

        text.Append('\n');
        return text.ToString();
    }

    private static string Outcome(ValueExample example, bool yesNo) => example.Failure switch
    {
        ScoringFailure.None => "= " + Value(example.Result, yesNo),
        ScoringFailure.DivisionByZero => "is a division by zero (DR3003)",
        ScoringFailure.Overflow => "overflows (DR3004)",
    };

    private static string Values(IEnumerable<decimal?> values) => string.Join(", ", values.Select(v => Value(v, false)));

    private static string Value(decimal? value, bool yesNo) => value switch
    {
        null => "missing",
        { } v when yesNo => v == 0m ? "no" : "yes",
        { } v => v.ToString(CultureInfo.InvariantCulture),
    };
}
