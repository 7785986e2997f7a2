using System.Globalization;
using DtiRules.Language.Diagnostics;
using DtiRules.LanguageServer.Analysis;
using DtiRules.LanguageServer.Protocol;
using DtiRules.LanguageServer.Resources;
using DtiRules.LanguageServer.Workspace;

namespace DtiRules.LanguageServer.Features;

/// <summary>
/// Quick fixes from the diagnostics' own hints: each name a "did you mean" offers (carried on the
/// diagnostic as data, <see cref="LspDiagnostic.Data"/>, never read from its words) replaces the name,
/// '=' becomes '==', and a formula that may exceed its max is wrapped in <c>min(…, max)</c>.
/// </summary>
internal static class CodeActionProvider
{
    public static IReadOnlyList<CodeAction> Actions(DocumentAnalysis analysis, string uri, CodeActionParams request)
    {
        var actions = new List<CodeAction>();
        foreach (var diagnostic in request.Context?.Diagnostics ?? [])
        {
            if (diagnostic.Source != "dti")
            {
                continue;
            }

            var first = true;
            foreach (var name in diagnostic.Data?.Suggestions ?? [])
            {
                actions.Add(Fix(DiagnosticTexts.Phrase(nameof(DiagnosticText.Fix_Replace), name), diagnostic, uri, new TextEdit(diagnostic.Range, name), first));
                first = false;
            }

            if (diagnostic.Code == DiagnosticDescriptors.AssignInsteadOfEquals.Code)
            {
                actions.Add(Fix(DiagnosticTexts.Phrase(nameof(DiagnosticText.Fix_Compare)), diagnostic, uri, new TextEdit(diagnostic.Range, "=="), true));
            }

            if (diagnostic.Code == DiagnosticDescriptors.MayExceedMax.Code && Bound(analysis, diagnostic) is { } bounded)
            {
                actions.Add(Fix(DiagnosticTexts.Phrase(nameof(DiagnosticText.Fix_Bound)), diagnostic, uri, bounded, true));
            }
        }

        return actions;
    }

    /// <summary>The edit that wraps a node's formula in min(…, max), found by the formula's place.</summary>
    private static TextEdit? Bound(DocumentAnalysis analysis, LspDiagnostic diagnostic)
    {
        var node = analysis.Ruleset.Nodes.FirstOrDefault(n =>
            n.Formula is { } formula && formula.Syntax.Span.Source == analysis.Text && PositionMapper.ToRange(formula.Syntax.Span) == diagnostic.Range);
        if (node?.Formula is not { } nodeFormula)
        {
            return null;
        }

        var max = node.MaxPoints.ToString("0.####", CultureInfo.InvariantCulture);
        return new TextEdit(diagnostic.Range, $"min({nodeFormula.Syntax.Span.Text}, {max})");
    }

    private static CodeAction Fix(string title, LspDiagnostic diagnostic, string uri, TextEdit edit, bool preferred) =>
        new(title, "quickfix", [diagnostic], new WorkspaceEdit(new Dictionary<string, IReadOnlyList<TextEdit>> { [uri] = [edit] }), preferred);
}
