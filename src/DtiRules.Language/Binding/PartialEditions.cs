using DtiRules.Language.Diagnostics;
using DtiRules.Language.Editions;
using DtiRules.Language.Syntax;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Binding;

/// <summary>
/// An edition that extends another, checked with only some of its own declarations: the editions
/// between the base and the edition, one change applied at a time, which attribution scores.
/// </summary>
public static class PartialEditions
{
    /// <summary>
    /// Resolves and checks <paramref name="edition"/> keeping only the declarations for which
    /// <paramref name="keep"/> is true; test blocks are always left out, since they speak of the
    /// whole edition. Null when the variant has errors: some changes only make sense together.
    /// </summary>
    public static BoundRuleset? Bind(SyntaxTree edition, Func<DeclarationSyntax, bool> keep, IRulesetLocator? locator)
    {
        var root = edition.Root with
        {
            Declarations = [.. edition.Root.Declarations.Where(d => d is not TestDeclarationSyntax && keep(d))],
        };
        var tree = new SyntaxTree(edition.Text, root, [], edition.Comments);
        var diagnostics = new DiagnosticBag();
        if (EditionResolver.Resolve(tree, locator, diagnostics) is not { } resolved)
        {
            return null;
        }

        var ruleset = Binder.Bind(tree, resolved, diagnostics);
        ruleset.ErrorCount = diagnostics.ToSortedList().Count(d => d.IsError);
        return ruleset.ErrorCount == 0 ? ruleset : null;
    }
}
