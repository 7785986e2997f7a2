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
    private readonly Queue<SyntaxComment> _comments;
    private int _depth;

    private SyntaxPrinter(IEnumerable<SyntaxComment> comments) => _comments = new Queue<SyntaxComment>(comments.OrderBy(c => c.Span.Start));

    /// <summary>The text of <paramref name="ruleset"/>, without comments (e.g. an edition flattened from several files).</summary>
    public static string Print(RulesetSyntax ruleset)
    {
        var printer = new SyntaxPrinter([]);
        printer.PrintRuleset(ruleset);
        return printer._text.ToString();
    }

    /// <summary>
    /// The canonical layout of one file, its comments kept: each comment goes above the clause it
    /// precedes, or stays at the end of the line it ends. Formatting twice changes nothing.
    /// </summary>
    public static string Format(SyntaxTree tree)
    {
        var printer = new SyntaxPrinter(tree.Comments);
        printer.PrintRuleset(tree.Root);
        printer.FlushComments(int.MaxValue);
        return printer._text.ToString();
    }

    private void PrintRuleset(RulesetSyntax ruleset)
    {
        if (ruleset.Header is { } header)
        {
            FlushComments(header.Span.Start, keepBlankLineAfter: true);
            PrintHeader(header);
        }

        DeclarationSyntax? previous = null;
        foreach (var declaration in ruleset.Declarations)
        {
            // Runs of one-line declarations of one kind (inputs, removals) stay together; blocks get a blank line.
            if (previous is null || !(IsOneLine(previous) && previous.GetType() == declaration.GetType()) || HasCommentBefore(declaration))
            {
                _text.Append('\n');
            }

            FlushComments(declaration.Span.Start, keepBlankLineAfter: true);
            PrintDeclaration(declaration);
            previous = declaration;
        }
    }

    private void PrintHeader(HeaderSyntax header)
    {
        var extends = header.Base is { } b ? $" extends {b.Name.Name} {b.Edition.Text}" : string.Empty;
        Block($"ruleset {header.Name.Name} edition {header.Edition.Text}{extends}", header, () =>
        {
            var width = header.Properties.Select(p => p.Key.Name.Length).DefaultIfEmpty(0).Max();
            foreach (var property in header.Properties)
            {
                var value = property.ValueKind == PropertyValueKind.String ? Quote(property.Value) : property.Value;
                Line($"{property.Key.Name.PadRight(width)} {value}", property);
            }
        });
    }

    private void PrintDeclaration(DeclarationSyntax declaration)
    {
        switch (declaration)
        {
            case LevelsDeclarationSyntax levels:
                Block($"levels {levels.Name.Name}{Label(levels.Label)}", levels, () =>
                {
                    var width = levels.Members.Select(m => m.Name.Name.Length).DefaultIfEmpty(0).Max();
                    foreach (var member in levels.Members)
                    {
                        Line($"{member.Name.Name.PadRight(width)} {Quote(member.Label.Value)}", member);
                    }
                });
                break;
            case InputDeclarationSyntax input:
                Line($"input {input.Name.Name}: {TypeText(input.Type)} {Quote(input.Label.Value)}{string.Concat(input.Options.Select(o => " " + OptionText(o)))}", input);
                break;
            case NoteDeclarationSyntax note:
                Line($"note {note.Name.Name} {Quote(note.Header.Value)}", note);
                break;
            case NodeRootSyntax root:
                PrintNode(root.Node);
                break;
            case OutputDeclarationSyntax output:
                Block($"{(output.IsIndex ? "index" : "output")} {output.Name.Name} {Quote(output.Label.Value)}", output, () => PrintItems(output.Items, "value"));
                break;
            case RankDeclarationSyntax rank:
                Line("rank " + string.Join(", ", rank.Targets.Select(t => t.Name)), rank);
                break;
            case MapDeclarationSyntax map:
                Block("map" + Label(map.Label), map, () =>
                {
                    foreach (var mapping in map.Mappings)
                    {
                        Line($"{mapping.Target.Name}: {ExpressionText(mapping.Expression)}", mapping);
                    }
                });
                break;
            case TestDeclarationSyntax test:
                PrintTest(test);
                break;
            case UncertaintyDeclarationSyntax uncertainty:
                PrintUncertainty(uncertainty);
                break;
            default:
                PrintChange(declaration);
                break;
        }
    }

    private void PrintTest(TestDeclarationSyntax test) =>
        Block($"test {Quote(test.Name.Value)}", test, () =>
        {
            foreach (var unit in test.Units)
            {
                Block($"unit {Quote(unit.Name.Value)}", unit, () =>
                {
                    foreach (var cell in unit.Cells)
                    {
                        Line($"{cell.Field}: {(cell.IsQuoted ? Quote(cell.Value) : cell.Value)}", cell);
                    }
                });
            }

            foreach (var expectation in test.Expectations)
            {
                var target = expectation.Function is { } f ? $"{f.Name}({expectation.Target.Name})" : expectation.Target.Name;
                var tolerance = expectation.Tolerance is { } t ? $" within {t.Text}{(expectation.IsRelative ? "%" : string.Empty)}" : string.Empty;
                Line($"expect {Quote(expectation.Unit.Value)} {target} == {expectation.Expected.Text}{tolerance}", expectation);
            }
        });

    private void PrintChange(DeclarationSyntax declaration)
    {
        switch (declaration)
        {
            case OverrideNodeSyntax change:
                var head = $"override node {change.Name.Name}{Label(change.Label)}{(change.MaxPoints is { } max ? $" max {max.Text}" : string.Empty)}";
                OptionalBlock(head, change, change.Items, "score");
                break;
            case OverrideOutputSyntax change:
                OptionalBlock($"override {(change.IsIndex ? "index" : "output")} {change.Name.Name}{Label(change.Label)}", change, change.Items, "value");
                break;
            case RemoveDeclarationSyntax removal:
                Line($"remove {removal.Kind.ToString().ToLowerInvariant()} {string.Join(", ", removal.Names.Select(n => n.Name))}", removal);
                break;
            case MoveNodeSyntax move:
                Line($"move node {move.Name.Name} to {move.NewParent.Name}", move);
                break;
            case RenameNodeSyntax rename:
                Line($"rename node {rename.OldName.Name} to {rename.NewName.Name}", rename);
                break;
        }
    }

    private void PrintNode(NodeDeclarationSyntax node) =>
        Block($"node {node.Name.Name} {Quote(node.Label.Value)} max {node.MaxPoints.Text}", node, () => PrintItems(node.Items, "score"));

    private void PrintItems(IEnumerable<NodeItemSyntax> items, string formulaKeyword)
    {
        NodeItemSyntax? previous = null;
        foreach (var item in items)
        {
            if (item is NodeDeclarationSyntax && previous is not null)
            {
                _text.Append('\n');
            }

            FlushComments(item.Span.Start);
            switch (item)
            {
                case NodeDeclarationSyntax child:
                    PrintNode(child);
                    break;
                case ProvenanceSyntax provenance:
                    var source = provenance.Source is { } s ? $" source {Quote(s.Value)}" : string.Empty;
                    Line($"{provenance.Kind.ToString().ToLowerInvariant()} {Quote(provenance.Reason.Value)}{source}", provenance);
                    break;
                case GroupSyntax group:
                    Line($"group {group.Name.Name}", group);
                    break;
                case NodeMissingPolicySyntax missing:
                    Line($"missing {missing.Policy.Policy.Name}", missing);
                    break;
                case FormulaSyntax formula:
                    Line($"{formulaKeyword} = {ExpressionText(formula.Expression)}", formula);
                    break;
            }

            previous = item;
        }
    }

    private void OptionalBlock(string head, SyntaxNode syntax, IReadOnlyCollection<NodeItemSyntax> items, string formulaKeyword)
    {
        if (items.Count == 0)
        {
            Line(head, syntax);
            return;
        }

        Block(head, syntax, () => PrintItems(items, formulaKeyword));
    }

    /// <summary>A braced block; comments written inside it before the closing brace stay inside.</summary>
    private void Block(string head, SyntaxNode syntax, Action body)
    {
        FlushComments(syntax.Span.Start);
        Indentation();
        _text.Append(head).Append(" {");
        AppendTrailingComment(syntax.Span.Start);
        _text.Append('\n');
        _depth++;
        body();
        FlushComments(syntax.Span.End);
        _depth--;
        Line("}", syntax.Span.End);
    }

    /// <summary>One line for a clause; a comment written after it on the same line stays there.</summary>
    private void Line(string text, SyntaxNode syntax)
    {
        FlushComments(syntax.Span.Start);
        Line(text, syntax.Span.End);
    }

    private void Line(string text, int sourceEnd = -1)
    {
        Indentation();
        _text.Append(text);
        if (sourceEnd >= 0)
        {
            AppendTrailingComment(sourceEnd - 1);
        }

        _text.Append('\n');
    }

    private void Indentation()
    {
        for (var i = 0; i < _depth; i++)
        {
            _text.Append(Indent);
        }
    }

    private static bool IsOneLine(DeclarationSyntax declaration) =>
        declaration is InputDeclarationSyntax or NoteDeclarationSyntax or RankDeclarationSyntax or RemoveDeclarationSyntax or MoveNodeSyntax or RenameNodeSyntax;

    private bool HasCommentBefore(SyntaxNode syntax) => _comments.TryPeek(out var comment) && comment.Span.Start < syntax.Span.Start;

    /// <summary>
    /// Prints, each on its own line, the comments written before <paramref name="offset"/>; with
    /// <paramref name="keepBlankLineAfter"/>, a blank line the author left below them is kept.
    /// </summary>
    private void FlushComments(int offset, bool keepBlankLineAfter = false)
    {
        SyntaxComment? last = null;
        while (_comments.TryPeek(out var comment) && comment.Span.Start < offset)
        {
            last = comment;
            _comments.Dequeue();
            if (FollowsBlankLine(comment) && _text.Length > 1 && _text[^1] == '\n' && _text[^2] != '\n' && _text[^2] != '{')
            {
                _text.Append('\n');
            }

            Indentation();
            _text.Append(comment.Text).Append('\n');
        }

        if (keepBlankLineAfter && last is not null && BlankLineBetween(last.Span.Source.Text, last.Span.End, offset))
        {
            _text.Append('\n');
        }
    }

    private static bool BlankLineBetween(string source, int from, int to)
    {
        var gap = source.AsSpan(from, Math.Max(0, Math.Min(to, source.Length) - from));
        var firstBreak = gap.IndexOf('\n');
        return firstBreak >= 0 && gap[(firstBreak + 1)..].TrimStart(" \t\r").StartsWith("\n");
    }

    /// <summary>Appends the next comment when it starts on the same source line as <paramref name="offset"/>.</summary>
    private void AppendTrailingComment(int offset)
    {
        if (_comments.TryPeek(out var comment) && comment.Span.Start > offset && SameLine(comment.Span.Source.Text, offset, comment.Span.Start))
        {
            _comments.Dequeue();
            _text.Append(' ').Append(comment.Text);
        }
    }

    private static bool SameLine(string source, int from, int to) =>
        from >= 0 && to <= source.Length && source.AsSpan(from, to - from).IndexOfAny('\n', '\r') < 0;

    /// <summary>True when the author left a blank line above the comment; the layout keeps such separations.</summary>
    private static bool FollowsBlankLine(SyntaxComment comment)
    {
        var source = comment.Span.Source.Text;
        var lineStart = source.LastIndexOf('\n', Math.Max(0, comment.Span.Start - 1));
        return lineStart > 0 && source.AsSpan(0, lineStart).TrimEnd(" \t\r").EndsWith("\n");
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
