using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Syntax;

public sealed partial class SyntaxPrinter
{
    private void PrintUncertainty(UncertaintyDeclarationSyntax uncertainty) =>
        Block("uncertainty", uncertainty, () =>
        {
            foreach (var factor in uncertainty.Factors)
            {
                switch (factor)
                {
                    case WeightSpreadSyntax weight:
                        Line($"weight {weight.Node.Name} ±{weight.Percent.Text}%", weight);
                        break;
                    case WeightRangeSyntax weight:
                        Line($"weight {weight.Node.Name} {weight.Low.Text}..{weight.High.Text}", weight);
                        break;
                    case NoiseFactorSyntax noise:
                        Line($"noise {noise.Input.Name} ±{noise.Percent.Text}%", noise);
                        break;
                    case PolicyFactorSyntax policy:
                        Line("policy missing " + string.Join(" | ", policy.Alternatives.Select(a => a.Policy.Name + WeightText(a.Weight))), policy);
                        break;
                    case FormulaFactorSyntax formula:
                        Block($"formula {formula.Node.Name}", formula, () =>
                        {
                            foreach (var alternative in formula.Alternatives)
                            {
                                Line($"{Quote(alternative.Label.Value)}: {ExpressionText(alternative.Expression)}{WeightText(alternative.Weight)}", alternative);
                            }
                        });
                        break;
                }
            }
        });

    private static string WeightText(NumberSyntax? weight) => weight is null ? string.Empty : " weight " + weight.Text;
}
