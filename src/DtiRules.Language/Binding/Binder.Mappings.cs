using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Resources;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Binding;

internal sealed partial class Binder
{
    private readonly List<InputMapping> _mappings = [];

    private void BindMappings(IEnumerable<MapDeclarationSyntax> maps)
    {
        foreach (var map in maps)
        {
            foreach (var mapping in map.Mappings.Where(m => !m.Target.IsMissing))
            {
                if (!_names.TryGetValue(mapping.Target.Name, out var declared) || declared.Symbol is not InputSymbol input)
                {
                    Report(DiagnosticDescriptors.MappingTargetNotInput, mapping.Target.Span, mapping.Target.Name, DidYouMean(mapping.Target.Name, _inputs.Select(i => i.Name)));
                    continue;
                }

                var binder = new ExpressionBinder(this, insideCohort: false, inMapping: true);
                var formula = binder.Bind(mapping.Expression);
                if (formula.Type.Kind == TypeKind.Error)
                {
                    continue;
                }

                if (!formula.Type.IsNumeric && !(formula.Type.Kind == TypeKind.YesNo && input.Type.Kind == TypeKind.YesNo))
                {
                    Report(DiagnosticDescriptors.FormulaNotNumeric, mapping.Expression.Span, formula.Type.Describe(), DiagnosticTexts.Phrase(nameof(DiagnosticText.InputIsOfType), input.Name, input.Type.Describe()));
                    continue;
                }

                _mappings.Add(new InputMapping(input, formula, binder.SourceFields, map.Label?.Value ?? string.Empty));
            }
        }
    }
}
