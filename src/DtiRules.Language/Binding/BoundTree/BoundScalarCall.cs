using System.Collections.Immutable;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Builtins;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Binding.BoundTree;

/// <summary>A call of a built-in function of the unit's own values.</summary>
/// <param name="Syntax">Source syntax.</param>
/// <param name="Function">The function, from <see cref="BuiltinFunctions"/>.</param>
/// <param name="Arguments">Arguments.</param>
public sealed record BoundScalarCall(SyntaxNode Syntax, ScalarBuiltin Function, ImmutableArray<BoundExpression> Arguments)
    : BoundExpression(Syntax, RuleType.Number);
