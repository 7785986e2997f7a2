using System.Runtime.CompilerServices;
using Antlr4.Runtime;

namespace DtiRules.Language.Syntax.Generated;

/// <summary>
/// Extends the generated parser so that pathological nesting raises
/// <see cref="InsufficientExecutionStackException"/>, which <c>RulesetParser</c> turns into a
/// diagnostic, instead of overflowing the stack and killing the process.
/// </summary>
internal partial class DtiRulesParser
{
    /// <inheritdoc />
    public override void EnterRule(ParserRuleContext localctx, int state, int ruleIndex)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        base.EnterRule(localctx, state, ruleIndex);
    }

    /// <inheritdoc />
    public override void EnterRecursionRule(ParserRuleContext localctx, int state, int ruleIndex, int precedence)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        base.EnterRecursionRule(localctx, state, ruleIndex, precedence);
    }
}
