using System.Text;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Syntax;

/// <summary>
/// Prints a syntax tree back as ruleset text in one canonical layout (2-space indents, one clause
/// per line, a blank line between declarations and between sibling nodes). The printed text parses
/// to the same tree; comments are not part of the tree and are not printed.
/// </summary>
public sealed partial class SyntaxPrinter
{
    private const string Indent = "  ";

    private readonly StringBuilder _text = new();
    private int _depth;

    private SyntaxPrinter()
    {
    }

    /// <summary>The text of <paramref name="ruleset"/>.</summary>
    public static string Print(RulesetSyntax ruleset)
    {
        var printer = new SyntaxPrinter();
        printer.PrintRuleset(ruleset);
        return printer._text.ToString();
    }

    private void PrintRuleset(RulesetSyntax ruleset)
    {
        if (ruleset.Header is { } header)
        {
            PrintHeader(header);
        }

        foreach (var declaration in ruleset.Declarations)
        {
            _text.Append('\n');
            PrintDeclaration(declaration);
        }
    }

    private void PrintHeader(HeaderSyntax header)
    {
        var extends = header.Base is { } b ? $" extends {b.Name.Name} {b.Edition.Text}" : string.Empty;
        Block($"ruleset {header.Name.Name} edition {header.Edition.Text}{extends}", () =>
        {
            var width = header.Properties.Select(p => p.Key.Name.Length).DefaultIfEmpty(0).Max();
            foreach (var property in header.Properties)
            {
                var value = property.ValueKind == PropertyValueKind.String ? Quote(property.Value) : property.Value;
                Line($"{property.Key.Name.PadRight(width)} {value}");
            }
        });
    }

    private void PrintDeclaration(DeclarationSyntax declaration)
    {
        switch (declaration)
        {
            case LevelsDeclarationSyntax levels:
                Block($"levels {levels.Name.Name}{Label(levels.Label)}", () =>
                {
                    var width = levels.Members.Select(m => m.Name.Name.Length).DefaultIfEmpty(0).Max();
                    foreach (var member in levels.Members)
                    {
                        Line($"{member.Name.Name.PadRight(width)} {Quote(member.Label.Value)}");
                    }
                });
                break;
            case InputDeclarationSyntax input:
                Line($"input {input.Name.Name}: {TypeText(input.Type)} {Quote(input.Label.Value)}{string.Concat(input.Options.Select(o => " " + OptionText(o)))}");
                break;
            case NodeRootSyntax root:
                PrintNode(root.Node);
                break;
            case OutputDeclarationSyntax output:
                Block($"{(output.IsIndex ? "index" : "output")} {output.Name.Name} {Quote(output.Label.Value)}", () => PrintItems(output.Items, "value"));
                break;
            case RankDeclarationSyntax rank:
                Line("rank " + string.Join(", ", rank.Targets.Select(t => t.Name)));
                break;
            case MapDeclarationSyntax map:
                Block("map" + Label(map.Label), () =>
                {
                    foreach (var mapping in map.Mappings)
                    {
                        Line($"{mapping.Target.Name}: {ExpressionText(mapping.Expression)}");
                    }
                });
                break;
            case TestDeclarationSyntax test:
                PrintTest(test);
                break;
            default:
                PrintChange(declaration);
                break;
        }
    }

    private void PrintTest(TestDeclarationSyntax test) =>
        Block($"test {Quote(test.Name.Value)}", () =>
        {
            foreach (var unit in test.Units)
            {
                Block($"unit {Quote(unit.Name.Value)}", () =>
                {
                    foreach (var cell in unit.Cells)
                    {
                        Line($"{cell.Field}: {(cell.IsQuoted ? Quote(cell.Value) : cell.Value)}");
                    }
                });
            }

            foreach (var expectation in test.Expectations)
            {
                var target = expectation.Function is { } f ? $"{f.Name}({expectation.Target.Name})" : expectation.Target.Name;
                var tolerance = expectation.Tolerance is { } t ? $" within {t.Text}{(expectation.IsRelative ? "%" : string.Empty)}" : string.Empty;
                Line($"expect {Quote(expectation.Unit.Value)} {target} == {expectation.Expected.Text}{tolerance}");
            }
        });

    private void PrintChange(DeclarationSyntax declaration)
    {
        switch (declaration)
        {
            case OverrideNodeSyntax change:
                var head = $"override node {change.Name.Name}{Label(change.Label)}{(change.MaxPoints is { } max ? $" max {max.Text}" : string.Empty)}";
                OptionalBlock(head, change.Items, "score");
                break;
            case OverrideOutputSyntax change:
                OptionalBlock($"override {(change.IsIndex ? "index" : "output")} {change.Name.Name}{Label(change.Label)}", change.Items, "value");
                break;
            case RemoveDeclarationSyntax removal:
                Line($"remove {removal.Kind.ToString().ToLowerInvariant()} {string.Join(", ", removal.Names.Select(n => n.Name))}");
                break;
            case MoveNodeSyntax move:
                Line($"move node {move.Name.Name} to {move.NewParent.Name}");
                break;
            case RenameNodeSyntax rename:
                Line($"rename node {rename.OldName.Name} to {rename.NewName.Name}");
                break;
        }
    }

    private void PrintNode(NodeDeclarationSyntax node) =>
        Block($"node {node.Name.Name} {Quote(node.Label.Value)} max {node.MaxPoints.Text}", () => PrintItems(node.Items, "score"));

    private void PrintItems(IEnumerable<NodeItemSyntax> items, string formulaKeyword)
    {
        NodeItemSyntax? previous = null;
        foreach (var item in items)
        {
            if (item is NodeDeclarationSyntax && previous is not null)
            {
                _text.Append('\n');
            }

            switch (item)
            {
                case NodeDeclarationSyntax child:
                    PrintNode(child);
                    break;
                case ProvenanceSyntax provenance:
                    var source = provenance.Source is { } s ? $" source {Quote(s.Value)}" : string.Empty;
                    Line($"{provenance.Kind.ToString().ToLowerInvariant()} {Quote(provenance.Reason.Value)}{source}");
                    break;
                case GroupSyntax group:
                    Line($"group {group.Name.Name}");
                    break;
                case NodeMissingPolicySyntax missing:
                    Line($"missing {missing.Policy.Policy.Name}");
                    break;
                case FormulaSyntax formula:
                    Line($"{formulaKeyword} = {ExpressionText(formula.Expression)}");
                    break;
            }

            previous = item;
        }
    }

    private void OptionalBlock(string head, IReadOnlyCollection<NodeItemSyntax> items, string formulaKeyword)
    {
        if (items.Count == 0)
        {
            Line(head);
            return;
        }

        Block(head, () => PrintItems(items, formulaKeyword));
    }

    private void Block(string head, Action body)
    {
        Line(head + " {");
        _depth++;
        body();
        _depth--;
        Line("}");
    }

    private void Line(string text)
    {
        for (var i = 0; i < _depth; i++)
        {
            _text.Append(Indent);
        }

        _text.Append(text).Append('\n');
    }

    private static string Label(StringLiteralSyntax? label) => label is null ? string.Empty : " " + Quote(label.Value);

    private static string TypeText(InputTypeSyntax type) =>
        type.LevelType is { } level ? $"{type.Kind.Name}({level.Name})" : type.Kind.Name;

    private static string OptionText(InputOptionSyntax option) => option switch
    {
        RangeOptionSyntax range => $"range {range.Low.Text}..{range.High.Text}",
        UnitOptionSyntax unit => $"unit {Quote(unit.Text.Value)}",
        MissingPolicySyntax missing => $"missing {missing.Policy.Name}",
        _ => string.Empty,
    };

    /// <summary>A quoted text with the language's escapes.</summary>
    public static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "\"";
}
