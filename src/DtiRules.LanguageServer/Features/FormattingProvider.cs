using DtiRules.Language.Syntax;
using DtiRules.LanguageServer.Analysis;
using DtiRules.LanguageServer.Protocol;
using DtiRules.LanguageServer.Workspace;

namespace DtiRules.LanguageServer.Features;

/// <summary>Formatting exactly as <c>dti fmt</c> does it; a file with syntax errors is left alone, as fmt leaves it.</summary>
internal static class FormattingProvider
{
    public static IReadOnlyList<TextEdit> Format(DocumentAnalysis analysis)
    {
        var tree = analysis.Compilation.SyntaxTree;
        if (tree.Diagnostics.Count > 0)
        {
            return [];
        }

        var formatted = SyntaxPrinter.Format(tree);
        if (formatted == analysis.Text.Text)
        {
            return [];
        }

        var whole = PositionMapper.ToRange(new Language.Text.TextSpan(0, analysis.Text.Text.Length, analysis.Text));
        return [new TextEdit(whole, formatted)];
    }
}
