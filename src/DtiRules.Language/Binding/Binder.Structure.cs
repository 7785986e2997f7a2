using System.Globalization;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Resources;

namespace DtiRules.Language.Binding;

internal sealed partial class Binder
{
    private void CheckStructure()
    {
        foreach (var node in _nodes.Where(n => !n.IsLeaf && n.Formula is null))
        {
            var sum = node.Children.Sum(c => c.MaxPoints);
            if (sum != node.MaxPoints)
            {
                Report(DiagnosticDescriptors.ChildrenMaxMismatch, _nodeSyntax[node].MaxPoints.Span,
                    node.Name, Format(sum), Format(node.MaxPoints), Format(Math.Abs(sum - node.MaxPoints)));
            }
        }

        var roots = _nodes.Where(n => n.Parent is null).ToList();
        var total = roots.Sum(n => n.MaxPoints);
        if (_resolved.Root.Header is { } header && roots.Count > 0 && total != _header.Scale)
        {
            var scaleProperty = header.Properties.FirstOrDefault(p => p.Key.Name == "scale");
            Report(DiagnosticDescriptors.TotalNotScale, scaleProperty?.ValueSpan ?? header.Name.Span,
                Format(total), Format(_header.Scale), Format(Math.Abs(total - _header.Scale)));
        }

        var indexes = _outputs.Where(o => o.IsIndex).ToList();
        if (indexes.Count != 1 && _resolved.Root.Header is not null)
        {
            var at = indexes.Count > 1 ? _outputSyntax[indexes[1]].Name.Span : _resolved.Root.Header.Name.Span;
            Report(DiagnosticDescriptors.IndexCount, at, indexes.Count,
                indexes.Count > 1 ? DiagnosticTexts.Phrase(nameof(DiagnosticText.IndexCount_TooMany)) : DiagnosticTexts.Phrase(nameof(DiagnosticText.IndexCount_None)));
        }

        // An unresolved name may be the very input that looks unused: say nothing until names resolve.
        if (!_hasUnknownNames)
        {
            foreach (var input in _inputs.Where(i => !_usedInputs.Contains(i)))
            {
                _diagnostics.Report(DiagnosticDescriptors.UnusedInput, input.Location, input.Name);
            }
        }

        foreach (var node in _nodes.Where(n => n.Provenance is null && !_nodeSyntax[n].Name.IsMissing))
        {
            _diagnostics.Report(DiagnosticDescriptors.MissingProvenance, node.Location, node.Name);
        }

        foreach (var output in _outputs.Where(o => o.Provenance is null))
        {
            _diagnostics.Report(DiagnosticDescriptors.MissingProvenance, output.Location, output.Name);
        }
    }

    private static string Format(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
