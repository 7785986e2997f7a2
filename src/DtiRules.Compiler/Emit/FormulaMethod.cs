using System.Runtime.CompilerServices;
using System.Text;
using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Builtins;

namespace DtiRules.Compiler.Emit;

/// <summary>
/// Lowers one formula to a method with one loop over the units the run marks eligible. The
/// formula becomes straight-line statements on plain decimals: every part yields a presence and a
/// value, an operator applies only where both operands are present (missing in, missing out), and
/// a branch of <c>if</c>, <c>tiers</c> or <c>levels</c> runs only for the units that select it.
/// Parts are evaluated in the interpreter's order (both operands of an operator, every argument of
/// a function, then the operation), so a unit fails at the same point under both engines.
/// The columns a formula reads and the constants it holds are parameters of the method, so
/// formulas of one shape (<c>x / 100 * max</c> for many inputs and maxes) share one method: the
/// generated code, and the time to compile and load it, grow with the shapes a ruleset uses
/// rather than with its nodes.
/// </summary>
internal sealed class FormulaMethod
{
    private const int BodyIndent = 4;

    private readonly StringBuilder _body = new();
    private readonly List<string> _parameters = [];
    private readonly List<string> _arguments = [];
    private readonly List<string> _hoisted = [];
    private readonly Dictionary<string, string> _columns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private int _locals;
    private int _indent = BodyIndent;

    private FormulaMethod()
    {
    }

    /// <summary>The method's parameters and body without its name: equal for formulas of one shape.</summary>
    public string Shape { get; private set; } = string.Empty;

    /// <summary>The arguments this formula passes to its shape's method, after <c>columns, target</c>.</summary>
    public IReadOnlyList<string> Arguments => _arguments;

    /// <summary>Lowers <paramref name="formula"/>.</summary>
    public static FormulaMethod Of(BoundExpression formula)
    {
        var method = new FormulaMethod();
        var result = method.Lower(formula);
        method.Line($"present[u] = {result.Present};");
        method.Line($"values[u] = {result.Value};");
        method.Shape = method.Text();
        return method;
    }

    /// <summary>The whole method, named <paramref name="name"/>, with <paramref name="comment"/> above it when there is one.</summary>
    public static string Declaration(string name, string? comment, string shape) =>
        comment is null ? $"\n    internal static void {name}{shape}" : $"\n    // {comment}\n    internal static void {name}{shape}";

    private string Text()
    {
        var text = new StringBuilder();
        text.Append('(').Append(string.Join(", ", ["ScoringColumns columns", "FormulaTarget target", .. _parameters])).Append(")\n    {\n");
        foreach (var statement in _hoisted)
        {
            text.Append("        ").Append(statement).Append('\n');
        }

        text.Append("        var eligible = target.Eligible;\n");
        text.Append("        var values = target.Values;\n");
        text.Append("        var present = target.Present;\n");
        text.Append("        for (var u = 0; u < eligible.Length; u++)\n        {\n");
        text.Append("            if (!eligible[u])\n            {\n                continue;\n            }\n\n");
        text.Append("            try\n            {\n");
        text.Append(_body);
        text.Append("            }\n");
        text.Append("            catch (System.ArithmeticException failure)\n            {\n                target.Fail(u, failure);\n            }\n");
        text.Append("        }\n    }\n");
        return text.ToString();
    }

    private Lowered Lower(BoundExpression expression)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return expression switch
        {
            BoundLiteral literal => Constant(literal.Value),
            BoundInputReference input => Read("input", "Input", CSharpText.Integer(input.Input.Ordinal)),
            BoundNodeReference { AsValue: true, Node.IsUnscored: true } => Lowered.Missing,
            BoundNodeReference { AsValue: true } node =>
                Apply(BinaryOperators.Of(BoundBinaryOperatorKind.Divide).Method.Name, Operators(), [Read("points", "Points", CSharpText.Integer(node.Node.Ordinal)), Constant(node.Node.MaxPoints)]),
            BoundNodeReference node => Read("points", "Points", CSharpText.Integer(node.Node.Ordinal)),
            BoundOutputReference output => Read("output", "Output", CSharpText.Integer(output.Output.Ordinal)),
            BoundTotal => Total(),
            BoundSourceField source => Read("source", "SourceField", CSharpText.Literal(source.Field), "string"),
            BoundCohortCall cohort => Read("cohort", "Cohort", CSharpText.Integer(cohort.Slot)),
            BoundUnaryExpression unary => Unary(unary),
            BoundBinaryExpression binary => Binary(binary),
            BoundScalarCall call => Call(call),
            BoundConditionalExpression conditional => Conditional(conditional),
            BoundTiersExpression tiers => Tiers(tiers),
            BoundLevelTableExpression table => Levels(table),
            _ => throw new InvalidOperationException($"Cannot compile {expression.GetType().Name}: only rulesets without errors are compiled."),
        };
    }

    /// <summary>A column of the run, named by a parameter and read once before the loop; reads are array accesses at <c>u</c>.</summary>
    private Lowered Read(string kind, string accessor, string argument, string type = "int")
    {
        var key = kind + ":" + argument;
        if (!_columns.TryGetValue(key, out var name))
        {
            name = _columns[key] = Parameter(kind, type, argument);
            _hoisted.Add($"var {name}Values = columns.{accessor}({name}).Values;");
            _hoisted.Add($"var {name}Present = columns.{accessor}({name}).Present;");
        }

        return new Lowered($"{name}Present[u]", $"{name}Values[u]");
    }

    private Lowered Total()
    {
        if (_columns.TryAdd("total", "total"))
        {
            _hoisted.Add("var totalValues = columns.Total.Values;");
            _hoisted.Add("var totalPresent = columns.Total.Present;");
        }

        return new Lowered("totalPresent[u]", "totalValues[u]");
    }

    /// <summary>A constant of the formula, passed in so that formulas differing only in constants share a method; the literal keeps its digits.</summary>
    private Lowered Constant(decimal value) => Lowered.Constant(Parameter("constant", "decimal", CSharpText.Decimal(value)));

    private string Parameter(string kind, string type, string argument)
    {
        var count = _counts.GetValueOrDefault(kind);
        _counts[kind] = count + 1;
        var name = kind + CSharpText.Integer(count);
        _parameters.Add($"{type} {name}");
        _arguments.Add(argument);
        return name;
    }

    private Lowered Unary(BoundUnaryExpression unary)
    {
        var method = unary.OperatorKind switch
        {
            BoundUnaryOperatorKind.Negate => nameof(Language.Builtins.Operators.Negate),
            BoundUnaryOperatorKind.Not => nameof(Language.Builtins.Operators.Not),
        };
        return Apply(method, Operators(), [Lower(unary.Operand)]);
    }

    private Lowered Binary(BoundBinaryExpression binary)
    {
        var left = Lower(binary.Left);
        var right = Lower(binary.Right);
        var method = BinaryOperators.Of(binary.OperatorKind).Method;
        return Apply(method.Name, method.DeclaringType!.Name, [left, right]);
    }

    private Lowered Call(BoundScalarCall call)
    {
        var arguments = call.Arguments.Select(Lower).ToList();
        var type = call.Function.Method.DeclaringType!.Name;
        if (!call.Function.IsVariadic)
        {
            return Apply(call.Function.Method.Name, type, arguments);
        }

        // A variadic function is its two-argument implementation folded from the left, as the interpreter folds it.
        var folded = arguments[0].Value;
        foreach (var argument in arguments.Skip(1))
        {
            folded = $"{type}.{call.Function.Method.Name}({folded}, {argument.Value})";
        }

        return Assign(Lowered.AllPresent(arguments), folded);
    }

    /// <summary><c>Type.method(operands)</c> where every operand is present, else missing.</summary>
    private Lowered Apply(string method, string type, IReadOnlyList<Lowered> operands) =>
        Assign(Lowered.AllPresent(operands), $"{type}.{method}({string.Join(", ", operands.Select(o => o.Value))})");

    private Lowered Assign(string presence, string value)
    {
        if (presence == Lowered.Never)
        {
            return Lowered.Missing;
        }

        var n = _locals++;
        if (presence == Lowered.Always)
        {
            Line($"var v{n} = {value};");
            return new Lowered(Lowered.Always, $"v{n}");
        }

        if (IsLocal(presence))
        {
            Line($"var v{n} = {presence} ? {value} : 0m;");
            return new Lowered(presence, $"v{n}");
        }

        Line($"var p{n} = {presence};");
        Line($"var v{n} = p{n} ? {value} : 0m;");
        return new Lowered($"p{n}", $"v{n}");
    }

    private Lowered Conditional(BoundConditionalExpression conditional)
    {
        var condition = Lower(conditional.Condition);
        return Branches(condition, [($"Operators.IsYes({condition.Value})", conditional.WhenTrue)], conditional.WhenFalse);
    }

    private Lowered Tiers(BoundTiersExpression tiers)
    {
        var subject = Lower(tiers.Subject);
        var arms = tiers.Arms.Select(arm =>
        {
            var comparison = BinaryOperators.Of(arm.Comparison).Method;
            return ($"Operators.IsYes({comparison.DeclaringType!.Name}.{comparison.Name}({subject.Value}, {Constant(arm.Threshold).Value}))", arm.Value);
        });
        return Branches(subject, [.. arms], tiers.Else);
    }

    /// <summary>
    /// Missing when <paramref name="subject"/> is, else the value of the first arm whose test holds,
    /// else <paramref name="otherwise"/>; only the selected branch is computed.
    /// </summary>
    private Lowered Branches(Lowered subject, IReadOnlyList<(string Test, BoundExpression Value)> arms, BoundExpression otherwise)
    {
        if (subject.Present == Lowered.Never)
        {
            return Lowered.Missing;
        }

        var n = _locals++;
        Line($"bool p{n};");
        Line($"decimal v{n};");
        var keyword = "if";
        if (subject.Present != Lowered.Always)
        {
            Line($"if (!{subject.Present})");
            Block(() => Result(n, Lowered.Missing));
            keyword = "else if";
        }

        foreach (var (test, value) in arms)
        {
            Line($"{keyword} ({test})");
            Block(() => Result(n, Lower(value)));
            keyword = "else if";
        }

        Line("else");
        Block(() => Result(n, Lower(otherwise)));
        return new Lowered($"p{n}", $"v{n}");
    }

    private Lowered Levels(BoundLevelTableExpression table)
    {
        var subject = Lower(table.Subject);
        if (subject.Present == Lowered.Never)
        {
            return Lowered.Missing;
        }

        var n = _locals++;
        Line($"bool p{n};");
        Line($"decimal v{n};");
        void Switch()
        {
            Line($"switch ((int){subject.Value})");
            Block(() =>
            {
                // Members sharing one value (an else arm) share one case.
                foreach (var group in table.ValuesByOrdinal.Select((value, ordinal) => (value, ordinal)).GroupBy(c => c.value, ReferenceEqualityComparer.Instance))
                {
                    foreach (var (_, ordinal) in group)
                    {
                        Line($"case {CSharpText.Integer(ordinal)}:");
                    }

                    _indent++;
                    Result(n, Lower((BoundExpression)group.Key!));
                    Line("break;");
                    _indent--;
                }

                Line("default:");
                Line("    throw new System.IndexOutOfRangeException();");
            });
        }

        if (subject.Present == Lowered.Always)
        {
            Switch();
        }
        else
        {
            Line($"if (!{subject.Present})");
            Block(() => Result(n, Lowered.Missing));
            Line("else");
            Block(Switch);
        }

        return new Lowered($"p{n}", $"v{n}");
    }

    /// <summary>True for a presence already held in a local (<c>p3</c>), which needs no copy.</summary>
    private static bool IsLocal(string presence) => presence.Length > 1 && presence[0] == 'p' && presence.Skip(1).All(char.IsAsciiDigit);

    private void Result(int n, Lowered value)
    {
        Line($"p{n} = {value.Present};");
        Line($"v{n} = {value.Value};");
    }

    private void Block(Action body)
    {
        Line("{");
        _indent++;
        body();
        _indent--;
        Line("}");
    }

    private void Line(string text) => _body.Append(' ', _indent * 4).Append(text).Append('\n');

    private static string Operators() => nameof(Language.Builtins.Operators);
}
