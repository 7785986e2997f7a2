using DtiRules.Language.Diagnostics;
using DtiRules.Language.Syntax.Nodes;
using DtiRules.Language.Syntax.Parsing;
using DtiRules.Language.Text;

namespace DtiRules.Language.Syntax;

/// <summary>A parsed ruleset file: its text, its syntax tree and the syntax diagnostics.</summary>
public sealed class SyntaxTree
{
    internal SyntaxTree(SourceText text, RulesetSyntax root, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<SyntaxComment> comments)
    {
        Text = text;
        Root = root;
        Diagnostics = diagnostics;
        Comments = comments;
    }

    /// <summary>The file's comments in order; not part of the tree, kept for the formatter.</summary>
    public IReadOnlyList<SyntaxComment> Comments { get; }

    /// <summary>The source text.</summary>
    public SourceText Text { get; }

    /// <summary>The root of the tree; always present, possibly with missing parts after errors.</summary>
    public RulesetSyntax Root { get; }

    /// <summary>Syntax errors, in file order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Parses <paramref name="text"/>; never throws for bad input.</summary>
    public static SyntaxTree Parse(SourceText text) => RulesetParser.Parse(text);
}
