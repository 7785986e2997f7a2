using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Resources;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Binding;

internal sealed partial class Binder
{
    private void BindNodeFormula(NodeSymbol node)
    {
        var syntax = _nodeSyntax[node];
        var formula = syntax.Items.OfType<FormulaSyntax>().FirstOrDefault();
        if (formula is null)
        {
            if (node.IsLeaf && !node.IsUnscored && !syntax.Name.IsMissing)
            {
                Report(DiagnosticDescriptors.LeafWithoutFormula, syntax.Name.Span, node.Name);
            }

            return;
        }

        if (node.IsUnscored && !node.IsLeaf)
        {
            Report(DiagnosticDescriptors.UnscoredWithFormula, formula.Span, node.Name);
        }

        _scoredNode = node;
        var bound = BindFormula(formula.Expression, "points");
        _scoredNode = null;
        node.Formula = bound;
        if (!node.IsUnscored && bound.Type.Kind != TypeKind.Error)
        {
            CheckPointsRange(node, bound);
        }
    }

    private void BindOutputFormula(OutputSymbol output)
    {
        var syntax = _outputSyntax[output];
        var formula = syntax.Items.OfType<FormulaSyntax>().FirstOrDefault();
        if (formula is not null)
        {
            output.Formula = BindFormula(formula.Expression, "a value");
            return;
        }

        if (!output.IsIndex)
        {
            Report(DiagnosticDescriptors.OutputWithoutFormula, syntax.Name.Span, output.Name);
            output.Formula = new BoundErrorExpression(syntax);
            return;
        }

        // The index defaults to total points over the scale, the definition of every DTI edition.
        output.Formula = new BoundBinaryExpression(
            syntax, BoundBinaryOperatorKind.Divide, new BoundTotal(syntax), new BoundLiteral(syntax, _header.Scale, RuleType.Number), RuleType.Number);
    }

    private BoundExpression BindFormula(ExpressionSyntax syntax, string expected)
    {
        var bound = new ExpressionBinder(this, insideCohort: false).Bind(syntax);
        if (bound.Type.Kind == TypeKind.Error || bound.Type.IsNumeric)
        {
            return bound;
        }

        var hint = bound.Type.Kind == TypeKind.YesNo
            ? DiagnosticTexts.Phrase(nameof(DiagnosticText.FormulaHint_YesNo), TextOf(syntax))
            : DiagnosticTexts.Phrase(nameof(DiagnosticText.FormulaHint_Level), TextOf(syntax));
        Report(DiagnosticDescriptors.FormulaNotNumeric, syntax.Span, bound.Type.Describe(), hint);
        return new BoundErrorExpression(syntax);
    }

    private int NextCohortSlot() => _cohortSlots++;

    /// <summary>The node whose formula is being bound, which a bare 'max' refers to; null elsewhere.</summary>
    private NodeSymbol? _scoredNode;
}
