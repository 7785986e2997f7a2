using DtiRules.Language.Syntax.Generated;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Syntax.Parsing;

internal sealed partial class RulesetParser
{
    private UncertaintyFactorSyntax? BuildUncertaintyFactor(DtiRulesParser.UncertaintyFactorContext context) => context switch
    {
        DtiRulesParser.WeightSpreadFactorContext weight => new WeightSpreadSyntax(
            Identifier(weight.name, weight), Number(weight.spread, negative: false, weight), SpanOf(weight)),
        DtiRulesParser.WeightRangeFactorContext weight => new WeightRangeSyntax(
            Identifier(weight.name, weight), Number(weight.low, negative: false, weight), Number(weight.high, negative: false, weight), SpanOf(weight)),
        DtiRulesParser.NoiseFactorContext noise => new NoiseFactorSyntax(
            Identifier(noise.name, noise), Number(noise.spread, negative: false, noise), SpanOf(noise)),
        DtiRulesParser.PolicyFactorContext policy => new PolicyFactorSyntax(
            Build(policy.policyAlternative(), a => new PolicyAlternativeSyntax(Identifier(a.policy, a), AlternativeWeight(a.alternativeWeight()), SpanOf(a))),
            SpanOf(policy)),
        DtiRulesParser.FormulaFactorContext formula => new FormulaFactorSyntax(
            Identifier(formula.name, formula),
            Build(formula.formulaAlternative(), a => new FormulaAlternativeSyntax(
                StringLiteral(a.label, a), BuildExpression(a.expression(), a), AlternativeWeight(a.alternativeWeight()), SpanOf(a))),
            SpanOf(formula)),
        _ => null,
    };

    private NumberSyntax? AlternativeWeight(DtiRulesParser.AlternativeWeightContext? context) =>
        context is null ? null : Number(context.NUMBER()?.Symbol, negative: false, context);
}
