using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Binding.Uncertainty;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Resources;
using DtiRules.Language.Syntax;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Binding;

internal sealed partial class Binder
{
    private const string OwnFormulaLabel = "as written";

    /// <summary>
    /// Checks the factors of the <c>uncertainty</c> blocks: names resolve to nodes or inputs of the
    /// right kind, weights keep the scale, spreads and alternative weights are in bounds, each
    /// factor is written once, and every alternative formula binds as the node's own would.
    /// </summary>
    private List<UncertaintyFactor> BindUncertainty(IEnumerable<UncertaintyDeclarationSyntax> blocks)
    {
        var factors = new List<UncertaintyFactor>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var syntax in blocks.SelectMany(b => b.Factors))
        {
            if (BindFactor(syntax) is not { } factor)
            {
                continue;
            }

            if (seen.TryGetValue(factor.Name, out var line))
            {
                Report(DiagnosticDescriptors.DuplicateClause, syntax.Span, factor.Name, line);
                continue;
            }

            seen.Add(factor.Name, factor.Location.Line);
            factors.Add(factor);
        }

        return factors;
    }

    private UncertaintyFactor? BindFactor(UncertaintyFactorSyntax syntax) => syntax switch
    {
        WeightSpreadSyntax weight => BindWeight(weight.Node, weight, node =>
        {
            if (weight.Percent.Value >= 100m)
            {
                Report(DiagnosticDescriptors.SpreadOutOfRange, weight.Percent.Span, DiagnosticTexts.Phrase(nameof(DiagnosticText.SpreadOfWeight), node.Name), $"±{weight.Percent.Text}%", DiagnosticTexts.Phrase(nameof(DiagnosticText.Expected_SpreadBelow100)));
                return null;
            }

            var change = node.MaxPoints * weight.Percent.Value / 100m;
            return (node.MaxPoints - change, node.MaxPoints + change);
        }),
        WeightRangeSyntax weight => BindWeight(weight.Node, weight, node =>
        {
            if (weight.Low.Value > weight.High.Value)
            {
                Report(DiagnosticDescriptors.InvalidRange, weight.Low.Span, weight.Low.Text, weight.High.Text);
                return null;
            }

            return (weight.Low.Value, weight.High.Value);
        }),
        NoiseFactorSyntax noise => BindNoise(noise),
        PolicyFactorSyntax policy => BindPolicyFactor(policy),
        FormulaFactorSyntax formula => BindFormulaFactor(formula),
        _ => throw new InvalidOperationException($"Unknown uncertainty factor {syntax.GetType().Name}."),
    };

    private WeightFactor? BindWeight(IdentifierSyntax name, UncertaintyFactorSyntax syntax, Func<NodeSymbol, (decimal Low, decimal High)?> bounds)
    {
        if (LookupFactorTarget(name, "weight") is not NodeSymbol node)
        {
            return null;
        }

        if (node.IsUnscored)
        {
            Report(DiagnosticDescriptors.WeightOfUnscoredNode, name.Span, node.Name);
            return null;
        }

        if (bounds(node) is not var (low, high))
        {
            return null;
        }

        var siblings = node.Parent is { } parent ? parent.Children : _nodes.Where(n => n.Parent is null).ToList();
        var parentMax = siblings.Where(s => !s.IsUnscored).Sum(s => s.MaxPoints);
        var parentName = node.Parent is { } p ? $"'{p.Name}'" : DiagnosticTexts.Phrase(nameof(DiagnosticText.TheIndex));
        if (low <= 0m)
        {
            Report(DiagnosticDescriptors.WeightBreaksScale, syntax.Span, node.Name, Format(low), DiagnosticTexts.Phrase(nameof(DiagnosticText.OutOfTheIndex)), Format(parentMax));
            return null;
        }

        if (siblings.Count(s => !s.IsUnscored) == 1)
        {
            Report(DiagnosticDescriptors.WeightWithoutSiblings, syntax.Span, node.Name, parentName);
        }
        else if (high > parentMax)
        {
            Report(DiagnosticDescriptors.WeightBreaksScale, syntax.Span, node.Name, Format(high), DiagnosticTexts.Phrase(nameof(DiagnosticText.MoreThanParent), parentName, Format(parentMax)), Format(parentMax));
            return null;
        }

        return new WeightFactor(node, low, high, syntax.Span.Location);
    }

    private NoiseFactor? BindNoise(NoiseFactorSyntax noise)
    {
        if (LookupFactorTarget(noise.Input, "noise") is not InputSymbol input)
        {
            return null;
        }

        if (!input.Type.IsNumeric)
        {
            Report(DiagnosticDescriptors.NoiseOnNonNumber, noise.Input.Span, input.Name, input.Type.Describe());
            return null;
        }

        if (noise.Percent.Value > 100m)
        {
            Report(DiagnosticDescriptors.SpreadOutOfRange, noise.Percent.Span, DiagnosticTexts.Phrase(nameof(DiagnosticText.NoiseOn), input.Name), $"±{noise.Percent.Text}%", DiagnosticTexts.Phrase(nameof(DiagnosticText.Expected_SpreadAtMost100)));
            return null;
        }

        return new NoiseFactor(input, noise.Percent.Value / 100m, noise.Span.Location);
    }

    private PolicyFactor? BindPolicyFactor(PolicyFactorSyntax syntax)
    {
        var alternatives = new List<PolicyAlternative>();
        foreach (var alternative in syntax.Alternatives)
        {
            if (BindPolicy(alternative.Policy.Name, alternative.Policy.Span) is not { } policy)
            {
                continue;
            }

            if (alternatives.Any(a => a.Policy == policy))
            {
                Report(DiagnosticDescriptors.DuplicateClause, alternative.Span, alternative.Policy.Name, syntax.Span.Location.Line);
                continue;
            }

            if (AlternativeWeight(alternative.Weight, $"'{alternative.Policy.Name}'") is { } weight)
            {
                alternatives.Add(new PolicyAlternative(policy, weight));
            }
        }

        return alternatives.Count == syntax.Alternatives.Length ? new PolicyFactor(alternatives, syntax.Span.Location) : null;
    }

    private FormulaFactor? BindFormulaFactor(FormulaFactorSyntax syntax)
    {
        if (LookupFactorTarget(syntax.Node, "formula") is not NodeSymbol node)
        {
            return null;
        }

        if (node.Formula is null)
        {
            Report(DiagnosticDescriptors.FormulaFactorWithoutFormula, syntax.Node.Span, node.Name);
            return null;
        }

        // Alternatives are checked here and bound again in each variant of the ruleset, so their
        // cohort calls must not take slots of this ruleset.
        var slots = _cohortSlots;
        var alternatives = new List<FormulaAlternative> { new(OwnFormulaLabel, null, 1m) };
        var valid = true;
        foreach (var alternative in syntax.Alternatives)
        {
            _scoredNode = node;
            var bound = BindFormula(alternative.Expression, "points");
            _scoredNode = null;
            var weight = AlternativeWeight(alternative.Weight, SyntaxPrinter.Quote(alternative.Label.Value));
            valid &= bound.Type.Kind != TypeKind.Error && weight is not null;
            alternatives.Add(new FormulaAlternative(alternative.Label.Value, alternative.Expression, weight ?? 1m));
        }

        _cohortSlots = slots;
        return valid ? new FormulaFactor(node, alternatives, syntax.Span.Location) : null;
    }

    private decimal? AlternativeWeight(NumberSyntax? weight, string alternative)
    {
        if (weight is null)
        {
            return 1m;
        }

        if (weight.Value <= 0m)
        {
            Report(DiagnosticDescriptors.SpreadOutOfRange, weight.Span, DiagnosticTexts.Phrase(nameof(DiagnosticText.WeightOf), alternative), weight.Text, DiagnosticTexts.Phrase(nameof(DiagnosticText.Expected_WeightAbove0)));
            return null;
        }

        return weight.Value;
    }

    /// <summary>The node or input a factor names; unknown names and names of the wrong kind are reported.</summary>
    private object? LookupFactorTarget(IdentifierSyntax name, string factor)
    {
        if (name.IsMissing)
        {
            return null;
        }

        if (!TryLookup(name.Name, out var declared))
        {
            var candidates = factor == "noise" ? _inputs.Select(i => i.Name) : _nodes.Select(n => n.Name);
            Report(DiagnosticDescriptors.UnknownName, name.Span, name.Name, DidYouMean(name.Name, candidates));
            return null;
        }

        var wanted = factor == "noise" ? typeof(InputSymbol) : typeof(NodeSymbol);
        if (declared.Symbol.GetType() == wanted)
        {
            return declared.Symbol;
        }

        var what = declared.Symbol switch { InputSymbol => "an input", NodeSymbol => "a node", _ => "an output" };
        if (factor == "noise")
        {
            Report(DiagnosticDescriptors.NoiseOnNonNumber, name.Span, name.Name, what);
        }
        else
        {
            Report(DiagnosticDescriptors.NotANode, name.Span, factor, name.Name, what);
        }

        return null;
    }
}
