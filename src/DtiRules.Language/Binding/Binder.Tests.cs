using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Binding.Tests;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Resources;
using DtiRules.Language.Schema;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Binding;

internal sealed partial class Binder
{
    private static readonly string[] ExpectationFunctions = ["points", "value", "rank"];

    private List<RulesetTest> BindTests(IEnumerable<TestDeclarationSyntax> tests)
    {
        var fields = KnownTestFields();
        return [.. tests.Select(test => new RulesetTest(
            test.Name.Value,
            Location(test.Name),
            [.. test.Units.Select(u => new TestUnit(u.Name.Value, Location(u.Name), [.. u.Cells.Select(c => BindTestCell(c, fields))]))],
            [.. test.Expectations.Select(BindExpectation).OfType<TestExpectation>()]))];
    }

    /// <summary>The columns a test unit may give: the same as a data file's.</summary>
    private HashSet<string> KnownTestFields()
    {
        var nodeIds = _nodes.Select(n => n.Name).Concat(_resolved.Aliases.Keys).ToList();
        return
        [
            .. _inputs.Select(i => i.Name),
            .. nodeIds,
            .. nodeIds.Select(n => n + DataSchema.PointsSuffix),
            .. _mappings.SelectMany(m => m.SourceFields),
        ];
    }

    private TestCell BindTestCell(TestCellSyntax cell, HashSet<string> fields)
    {
        if (cell.Field.Length > 0 && !fields.Contains(cell.Field))
        {
            Report(DiagnosticDescriptors.UnknownName, cell.FieldSpan, cell.Field, DidYouMean(cell.Field, fields));
        }

        return new TestCell(cell.Field, cell.Value, Location(cell.Span));
    }

    private TestExpectation? BindExpectation(ExpectationSyntax expectation)
    {
        var target = expectation.Target;
        if (target.IsMissing)
        {
            return null;
        }

        var written = expectation.Function is { } f ? $"{f.Name}({target.Name})" : target.Name;
        TryLookup(target.Name, out var declared);
        var (kind, node, output) = (expectation.Function?.Name, declared?.Symbol) switch
        {
            ("points", NodeSymbol n) => (ExpectationKind.Points, n, null),
            ("value", NodeSymbol n) => (ExpectationKind.NodeValue, n, null),
            ("rank", OutputSymbol { IsRanked: true } o) => (ExpectationKind.Rank, null, o),
            (null, NodeSymbol n) => (ExpectationKind.NodeValue, n, null),
            (null, OutputSymbol o) => (ExpectationKind.OutputValue, null, (OutputSymbol?)o),
            _ => ((ExpectationKind?)null, (NodeSymbol?)null, (OutputSymbol?)null),
        };
        if (kind is { } found)
        {
            return new TestExpectation(expectation.Unit.Value, found, node, output, expectation.Expected.Value,
                expectation.Tolerance?.Value, expectation.IsRelative, written, Location(expectation));
        }

        if (expectation.Function is { } function && !ExpectationFunctions.Contains(function.Name))
        {
            Report(DiagnosticDescriptors.UnknownFunction, function.Span, function.Name, DidYouMean(function.Name, ExpectationFunctions));
        }
        else if (declared is null)
        {
            Report(DiagnosticDescriptors.UnknownName, target.Span, target.Name, DidYouMean(target.Name, _names.Keys));
        }
        else
        {
            Report(DiagnosticDescriptors.NotANode, target.Span, written, target.Name, expectation.Function?.Name == "rank" ? DiagnosticTexts.Phrase(nameof(DiagnosticText.What_NotRanked)) : DiagnosticTexts.Phrase(nameof(DiagnosticText.What_NotNode)));
        }

        return null;
    }
}
