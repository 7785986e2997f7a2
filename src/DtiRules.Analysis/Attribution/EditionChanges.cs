using DtiRules.Analysis.Resources;
using DtiRules.Analysis.Wording;
using DtiRules.Language.Binding;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Analysis.Attribution;

/// <summary>
/// The changes an edition writes against its base, as players of an attribution. Changes that
/// alter the max points under one parent (or the top-level total) are one player, since the
/// children must still add up in every edition between the two.
/// </summary>
public static class EditionChanges
{
    /// <summary>The key of the top-level total, which the scale fixes.</summary>
    private const string Scale = "(scale)";

    /// <summary>The changes of <paramref name="edition"/>, whose base is <paramref name="baseEdition"/>, in written order of their first declaration.</summary>
    public static IReadOnlyList<EditionChange> Of(BoundRuleset edition, BoundRuleset baseEdition)
    {
        var declarations = edition.Syntax.Root.Declarations.Where(IsChange).ToList();
        var groups = Enumerable.Range(0, declarations.Count).ToArray();
        int Find(int i) => groups[i] == i ? i : groups[i] = Find(groups[i]);
        var byTotal = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < declarations.Count; i++)
        {
            foreach (var total in TotalsTouched(declarations[i], baseEdition))
            {
                if (byTotal.TryGetValue(total, out var other))
                {
                    groups[Find(i)] = Find(other);
                }
                else
                {
                    byTotal[total] = i;
                }
            }
        }

        return [.. Enumerable.Range(0, declarations.Count)
            .GroupBy(Find)
            .OrderBy(g => g.Min())
            .Select(g => Change([.. g.Select(i => declarations[i])], baseEdition, byTotal.Where(t => Find(t.Value) == g.Key).Select(t => t.Key).ToList()))];
    }

    /// <summary>Joins changes into one player, when the edition between them cannot be checked apart.</summary>
    public static EditionChange Join(IReadOnlyList<EditionChange> changes, BoundRuleset baseEdition) =>
        Change([.. changes.SelectMany(c => c.Declarations)], baseEdition, []);

    /// <summary>True for the declarations that change the base: not inputs, levels, ranks or tests, which every edition between may keep.</summary>
    public static bool IsChange(DeclarationSyntax declaration) => declaration is
        OverrideNodeSyntax or OverrideOutputSyntax or RemoveDeclarationSyntax or MoveNodeSyntax or RenameNodeSyntax
        or NodeRootSyntax or OutputDeclarationSyntax or MapDeclarationSyntax;

    private static EditionChange Change(IReadOnlyList<DeclarationSyntax> declarations, BoundRuleset baseEdition, IReadOnlyList<string> totals)
    {
        var newNodes = declarations.SelectMany(DeclaredNodes).Where(id => baseEdition.FindNode(id) is null).Distinct(StringComparer.Ordinal).ToList();
        if (declarations.Count == 1)
        {
            var kind = Kind(declarations[0]);
            var kindText = declarations[0] is NodeRootSyntax ? Phrase.Of(Texts.Editions, nameof(EditionsText.KindNewNode)) : Phrase.Verbatim(kind);
            return new EditionChange(Phrase.Verbatim(FirstLine(declarations[0])), kind, kindText, declarations, newNodes);
        }

        var reason = totals.Count == 0
            ? Phrase.Of(Texts.Editions, nameof(EditionsText.CheckedOnlyTogether))
            : Phrase.Of(Texts.Editions, nameof(EditionsText.ReweightedUnder), string.Join(", ", totals));
        return new EditionChange(
            Phrase.Join(": ", [reason, Phrase.Verbatim(string.Join("; ", declarations.Select(FirstLine)))]), "re-weighting",
            Phrase.Of(Texts.Editions, nameof(EditionsText.KindReweighting)), declarations, newNodes);
    }

    /// <summary>The sums of max points a declaration changes: its parent's children (or the scale), and its own children when it adds some.</summary>
    private static IEnumerable<string> TotalsTouched(DeclarationSyntax declaration, BoundRuleset baseEdition)
    {
        switch (declaration)
        {
            case OverrideNodeSyntax o:
                if (o.MaxPoints is not null)
                {
                    yield return ParentTotal(baseEdition.FindNode(o.Name.Name));
                }

                if (o.Items.OfType<NodeDeclarationSyntax>().Any())
                {
                    yield return o.Name.Name;
                }

                break;
            case RemoveDeclarationSyntax { Kind: RemovalKind.Node } r:
                foreach (var node in r.Names.Select(n => baseEdition.FindNode(n.Name)).Where(n => n is { IsUnscored: false }))
                {
                    yield return ParentTotal(node);
                }

                break;
            case MoveNodeSyntax m when baseEdition.FindNode(m.Name.Name) is { IsUnscored: false } moved:
                yield return ParentTotal(moved);
                yield return m.NewParent.Name;
                break;
            case NodeRootSyntax:
                yield return Scale;
                break;
        }
    }

    private static string ParentTotal(NodeSymbol? node) => node?.Parent?.Name ?? Scale;

    private static IEnumerable<string> DeclaredNodes(DeclarationSyntax declaration) => declaration switch
    {
        NodeRootSyntax root => Nested(root.Node),
        OverrideNodeSyntax o => o.Items.OfType<NodeDeclarationSyntax>().SelectMany(Nested),
        _ => [],
    };

    private static IEnumerable<string> Nested(NodeDeclarationSyntax node) =>
        node.Items.OfType<NodeDeclarationSyntax>().SelectMany(Nested).Prepend(node.Name.Name);

    private static string Kind(DeclarationSyntax declaration) => declaration switch
    {
        OverrideNodeSyntax => "override",
        OverrideOutputSyntax or OutputDeclarationSyntax => "output",
        RemoveDeclarationSyntax => "remove",
        MoveNodeSyntax => "move",
        RenameNodeSyntax => "rename",
        NodeRootSyntax => "new node",
        MapDeclarationSyntax => "map",
        _ => throw new ArgumentException($"'{declaration.GetType().Name}' is not a change.", nameof(declaration)),
    };

    /// <summary>The declaration's first line without its opening brace: <c>override node at_05 max 5</c>.</summary>
    private static string FirstLine(DeclarationSyntax declaration)
    {
        var text = declaration.Span.Text;
        var line = text.Split('\n', 2)[0].Trim();
        return line.EndsWith('{') ? line[..^1].TrimEnd() : line;
    }
}
