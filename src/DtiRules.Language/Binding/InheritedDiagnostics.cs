using System.Globalization;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Editions;
using DtiRules.Language.Resources;
using DtiRules.Language.Syntax;
using DtiRules.Language.Syntax.Nodes;
using DtiRules.Language.Text;

namespace DtiRules.Language.Binding;

/// <summary>
/// Puts a diagnostic about an inherited declaration where the edition being checked caused it.
/// The base edition is checked on its own; a diagnostic that points into another file and that the
/// base alone does not give is the edition's doing, so it moves to the edition's line that changed
/// the node (its <c>override</c> or <c>move</c>, an ancestor's, or else the <c>extends</c> clause),
/// keeps the inherited line as related information, and says to rescale when the max changed.
/// </summary>
internal static class InheritedDiagnostics
{
    public static IReadOnlyList<Diagnostic> Attribute(
        SyntaxTree tree, IRulesetLocator? locator, BoundRuleset ruleset, IReadOnlyList<Diagnostic> diagnostics)
    {
        var own = tree.Text.Path;
        if (tree.Root.Header?.Base is not { } extends || !diagnostics.Any(d => d.Location is { } l && l.Path != own)
            || locator?.Find(extends.Name.Name, (int)extends.Edition.Value) is not { } baseTree)
        {
            return diagnostics;
        }

        var baseBag = new DiagnosticBag();
        baseBag.AddRange(baseTree.Diagnostics);
        var resolvedBase = EditionResolver.Resolve(baseTree, locator, baseBag);
        var baseRuleset = resolvedBase is null ? null : Binder.Bind(baseTree, resolvedBase, baseBag);
        var theBasesOwn = baseBag.ToHashSet();
        var baseName = $"{extends.Name.Name} {extends.Edition.Text}";
        return [.. diagnostics.Select(d => d.Location is { } location && location.Path != own && !theBasesOwn.Contains(d)
            ? Redirect(d, location, tree.Root, extends, ruleset, baseRuleset, baseName)
            : d)];
    }

    private static Diagnostic Redirect(
        Diagnostic diagnostic, SourceLocation location, RulesetSyntax edition, BaseEditionSyntax extends,
        BoundRuleset ruleset, BoundRuleset? baseRuleset, string baseName)
    {
        var node = Enclosing<NodeDeclarationSyntax>(ruleset.Declarations, location) is { } nodeSyntax ? ruleset.FindNode(nodeSyntax.Name.Name) : null;
        var output = node is null && Enclosing<OutputDeclarationSyntax>(ruleset.Declarations, location) is { } outputSyntax
            ? ruleset.FindOutput(outputSyntax.Name.Name)
            : null;
        var line = (node is null ? null : ChangeOf(edition, node))
            ?? (output is null ? null : edition.Declarations.OfType<OverrideOutputSyntax>().FirstOrDefault(o => o.Name.Name == output.Name)?.Name.Span)
            ?? extends.Span;
        var hint = node is not null ? RescaleNode(node, baseRuleset) : output is not null ? RescaleOutput(output, ruleset, baseRuleset) : string.Empty;
        return diagnostic with
        {
            Location = line.Location,
            Message = diagnostic.Message + hint,
            Related = [new RelatedLocation(location, DiagnosticTexts.Phrase(nameof(DiagnosticText.InheritedFrom), baseName)), .. diagnostic.Related],
        };
    }

    /// <summary>The name in the edition's <c>override</c> or <c>move</c> of the node or its nearest changed ancestor.</summary>
    private static TextSpan? ChangeOf(RulesetSyntax edition, NodeSymbol node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            var name = current.Name;
            var change = edition.Declarations.Select(d => d switch
            {
                OverrideNodeSyntax o when o.Name.Name == name => o.Name.Span,
                MoveNodeSyntax m when m.Name.Name == name => m.Name.Span,
                _ => (TextSpan?)null,
            }).FirstOrDefault(s => s is not null);
            if (change is not null)
            {
                return change;
            }
        }

        return null;
    }

    private static string RescaleNode(NodeSymbol node, BoundRuleset? baseRuleset)
    {
        if (baseRuleset?.FindNode(node.Name) is not { } before || before.MaxPoints == node.MaxPoints)
        {
            return string.Empty;
        }

        return " " + DiagnosticTexts.Phrase(nameof(DiagnosticText.RescaleNode), node.Name, Format(before.MaxPoints), Format(node.MaxPoints));
    }

    private static string RescaleOutput(OutputSymbol output, BoundRuleset ruleset, BoundRuleset? baseRuleset)
    {
        var changed = ruleset.Roots
            .Where(n => baseRuleset?.FindNode(n.Name) is { } before && before.MaxPoints != n.MaxPoints)
            .Select(n => $"'{n.Name}' {Format(baseRuleset!.FindNode(n.Name)!.MaxPoints)} → {Format(n.MaxPoints)}")
            .ToList();
        return changed.Count == 0
            ? string.Empty
            : " " + DiagnosticTexts.Phrase(nameof(DiagnosticText.RescaleOutput), string.Join(", ", changed), output.Name);
    }

    /// <summary>The innermost declaration of type <typeparamref name="T"/> whose text holds <paramref name="location"/>.</summary>
    private static T? Enclosing<T>(RulesetSyntax root, SourceLocation location)
        where T : SyntaxNode
    {
        T? found = null;
        foreach (var candidate in Descendants(root).OfType<T>())
        {
            var span = candidate.Span;
            if (span.Source.Path != location.Path)
            {
                continue;
            }

            var offset = span.Source.GetOffset(new LinePosition(location.Line, location.Column));
            if (offset >= span.Start && offset < span.End && (found is null || span.Length < found.Span.Length))
            {
                found = candidate;
            }
        }

        return found;
    }

    private static IEnumerable<SyntaxNode> Descendants(RulesetSyntax root)
    {
        foreach (var declaration in root.Declarations)
        {
            yield return declaration;
            var items = declaration switch
            {
                NodeRootSyntax r => Nodes(r.Node),
                _ => [],
            };
            foreach (var item in items)
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<SyntaxNode> Nodes(NodeDeclarationSyntax node) =>
        node.Items.OfType<NodeDeclarationSyntax>().SelectMany(Nodes).Prepend(node);

    private static string Format(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
