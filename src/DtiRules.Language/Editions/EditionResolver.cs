using System.Globalization;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Syntax;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Editions;

/// <summary>
/// Flattens an edition that extends another: finds the base (and its bases), then applies this
/// edition's declarations and changes to a working copy. Runs between parsing and binding, so the
/// binder checks the resolved edition as one whole ruleset.
/// </summary>
public static class EditionResolver
{
    private const int MaxChainLength = 16;

    /// <summary>
    /// Resolves <paramref name="tree"/>; problems go to <paramref name="diagnostics"/>. Null when the
    /// base edition cannot be had: checking the changes alone would only repeat that one problem.
    /// </summary>
    public static ResolvedRuleset? Resolve(SyntaxTree tree, IRulesetLocator? locator, DiagnosticBag diagnostics) =>
        Resolve(tree, locator, diagnostics, []);

    private static ResolvedRuleset? Resolve(SyntaxTree tree, IRulesetLocator? locator, DiagnosticBag diagnostics, List<string> chain)
    {
        var root = tree.Root;
        var header = root.Header;
        chain.Add(Key(header));
        if (header?.Base is not { } baseEdition)
        {
            ReportChangesWithoutBase(root, diagnostics);
            return new ResolvedRuleset(root, new Dictionary<string, string>(StringComparer.Ordinal), null);
        }

        var baseKey = $"{baseEdition.Name.Name} {baseEdition.Edition.Text}";
        var baseTree = locator?.Find(baseEdition.Name.Name, (int)baseEdition.Edition.Value);
        if (baseTree is null)
        {
            diagnostics.Report(DiagnosticDescriptors.BaseNotFound, baseEdition.Span.Location, baseEdition.Name.Name, baseEdition.Edition.Text);
            return null;
        }

        if (chain.Contains(baseKey) || chain.Count >= MaxChainLength)
        {
            diagnostics.Report(DiagnosticDescriptors.ExtendsCycle, baseEdition.Span.Location, string.Join(" → ", chain.Append(baseKey)));
            return null;
        }

        diagnostics.AddRange(baseTree.Diagnostics);
        if (Resolve(baseTree, locator, diagnostics, chain) is not { } resolvedBase)
        {
            return null;
        }

        var working = new WorkingEdition(resolvedBase.Root, resolvedBase.Aliases, diagnostics);
        working.Apply(root);
        return new ResolvedRuleset(working.ToSyntax(header with { Base = null }), working.Aliases, baseKey);
    }

    private static void ReportChangesWithoutBase(RulesetSyntax root, DiagnosticBag diagnostics)
    {
        foreach (var change in root.Declarations.Where(IsChange))
        {
            var word = change.Span.Text.Split(' ', 2)[0];
            diagnostics.Report(DiagnosticDescriptors.ChangeWithoutBase, change.Span.Location, word);
        }
    }

    private static bool IsChange(DeclarationSyntax declaration) =>
        declaration is OverrideNodeSyntax or OverrideOutputSyntax or RemoveDeclarationSyntax or MoveNodeSyntax or RenameNodeSyntax;

    private static string Key(HeaderSyntax? header) =>
        header is null ? "?" : $"{header.Name.Name} {header.Edition.Value.ToString(CultureInfo.InvariantCulture)}";
}
