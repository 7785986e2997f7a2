using System.Globalization;
using DtiRules.Language.Binding.Analysis;
using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Resources;

namespace DtiRules.Language.Binding;

internal sealed partial class Binder
{
    /// <summary>
    /// Checks that a node's formula stays within 0..max: constants the formula can return are
    /// checked exactly (an error); other formulas by interval analysis (a warning, clamped at run time).
    /// </summary>
    private void CheckPointsRange(NodeSymbol node, BoundExpression formula)
    {
        var range = RangeAnalyzer.RangeOf(formula);
        var max = (double)node.MaxPoints;
        node.ProvenPoints = new ProvenRange(Math.Clamp(range.Low, 0, max), Math.Clamp(range.High, 0, max));
        if (ReportOutOfRangeConstants(node, formula))
        {
            return;
        }

        if (range.High > max + 1e-9 || range.Low < -1e-9)
        {
            var reach = range.High > max + 1e-9 ? range.High : range.Low;
            var shown = double.IsInfinity(reach) ? (reach > 0 ? DiagnosticTexts.Phrase(nameof(DiagnosticText.Unbounded_Above)) : DiagnosticTexts.Phrase(nameof(DiagnosticText.Unbounded_Below))) : reach.ToString("0.####", CultureInfo.InvariantCulture);
            Report(DiagnosticDescriptors.MayExceedMax, formula.Syntax.Span, node.Name, shown, Format(node.MaxPoints));
        }
        else if (node.IsLeaf && range.High < max - 1e-9 && !HasSyntaxErrors)
        {
            Report(DiagnosticDescriptors.FullMarksUnreachable, formula.Syntax.Span, node.Name, ProvenRange.Show(range.High), Format(node.MaxPoints));
        }
    }

    /// <summary>
    /// Proves the points of nodes that sum their children (children first, so a whole subtree is
    /// known) and the values of outputs; a node or output with an erroneous formula stays unproven.
    /// </summary>
    private void ProveSumsAndOutputs()
    {
        foreach (var node in _nodes.AsEnumerable().Reverse())
        {
            if (node.IsUnscored)
            {
                node.ProvenPoints = new ProvenRange(0, 0);
            }
            else if (!node.IsLeaf && node.Formula is null && node.Children.All(c => c.ProvenPoints is not null))
            {
                var max = (double)node.MaxPoints;
                var low = node.Children.Sum(c => c.ProvenPoints!.Value.Low);
                var high = node.Children.Sum(c => c.ProvenPoints!.Value.High);
                node.ProvenPoints = new ProvenRange(Math.Clamp(low, 0, max), Math.Clamp(high, 0, max));
            }
        }

        foreach (var output in _outputs.Where(o => o.Formula.Type.Kind != TypeKind.Error))
        {
            var range = RangeAnalyzer.RangeOf(output.Formula);
            output.ProvenValue = new ProvenRange(range.Low, range.High);
            // Only a bounded range proves anything; an unbounded one says the analysis cannot tell.
            if (output.ProvenValue.Value.IsBounded && (range.High > 1 + 1e-9 || range.Low < -1e-9) && !HasSyntaxErrors)
            {
                var reach = range.High > 1 + 1e-9 ? range.High : range.Low;
                var parts = NodesAddedUp(output.Formula);
                var sum = parts.Count == 0 ? string.Empty : " " + DiagnosticTexts.Phrase(nameof(DiagnosticText.NodesAddUpTo), Format(parts.Sum(n => n.MaxPoints)));
                Report(DiagnosticDescriptors.OutputOutsideUnit, output.Formula.Syntax.Span, output.Name, ProvenRange.Show(reach), sum);
            }
        }
    }

    /// <summary>
    /// After a syntax error the parser's repairs (an input range cut short, a formula closed early)
    /// can make a formula look weaker than written; warnings about reaching the max would then be noise.
    /// </summary>
    private bool HasSyntaxErrors => _tree.Diagnostics.Count > 0;

    /// <summary>The nodes whose points a formula reads, each once, in reading order.</summary>
    private static IReadOnlyList<NodeSymbol> NodesAddedUp(BoundExpression formula)
    {
        var nodes = new List<NodeSymbol>();
        void Visit(BoundExpression expression)
        {
            switch (expression)
            {
                case BoundNodeReference { AsValue: false } reference when !nodes.Contains(reference.Node):
                    nodes.Add(reference.Node);
                    break;
                case BoundBinaryExpression binary:
                    Visit(binary.Left);
                    Visit(binary.Right);
                    break;
                case BoundUnaryExpression unary:
                    Visit(unary.Operand);
                    break;
            }
        }

        Visit(formula);
        return nodes;
    }

    /// <summary>Reports constants among the formula's possible results that are outside 0..max.</summary>
    private bool ReportOutOfRangeConstants(NodeSymbol node, BoundExpression formula)
    {
        var reported = false;
        foreach (var result in ResultPositions(formula))
        {
            if (result is BoundLiteral literal && (literal.Value > node.MaxPoints || literal.Value < 0))
            {
                Report(DiagnosticDescriptors.ExceedsMax, literal.Syntax.Span, Format(literal.Value), node.Name, Format(node.MaxPoints));
                reported = true;
            }
        }

        return reported;
    }

    /// <summary>The sub-expressions whose value can be the formula's value: table arms and branches.</summary>
    private static IEnumerable<BoundExpression> ResultPositions(BoundExpression expression) => expression switch
    {
        BoundConditionalExpression c => ResultPositions(c.WhenTrue).Concat(ResultPositions(c.WhenFalse)),
        BoundTiersExpression t => t.Arms.SelectMany(a => ResultPositions(a.Value)).Concat(ResultPositions(t.Else)),
        BoundLevelTableExpression l => l.ValuesByOrdinal.Distinct().SelectMany(ResultPositions),
        _ => [expression],
    };
}
