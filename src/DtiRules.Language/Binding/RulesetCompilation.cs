using DtiRules.Language.Diagnostics;
using DtiRules.Language.Syntax;
using DtiRules.Language.Text;

namespace DtiRules.Language.Binding;

/// <summary>
/// The front door of the language: parses and checks one ruleset file and holds every stage's
/// result and every diagnostic. Scoring refuses a compilation with errors.
/// </summary>
public sealed class RulesetCompilation
{
    private RulesetCompilation(SyntaxTree syntaxTree, BoundRuleset ruleset, IReadOnlyList<Diagnostic> diagnostics)
    {
        SyntaxTree = syntaxTree;
        Ruleset = ruleset;
        Diagnostics = diagnostics;
    }

    /// <summary>The parsed file.</summary>
    public SyntaxTree SyntaxTree { get; }

    /// <summary>The checked ruleset (usable for scoring only when <see cref="HasErrors"/> is false).</summary>
    public BoundRuleset Ruleset { get; }

    /// <summary>Syntax and binding diagnostics, sorted by position.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Parses and checks <paramref name="text"/>.</summary>
    public static RulesetCompilation Create(SourceText text)
    {
        var tree = SyntaxTree.Parse(text);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(tree.Diagnostics);
        BoundRuleset ruleset;
        try
        {
            ruleset = Binder.Bind(tree, diagnostics);
        }
        catch (InsufficientExecutionStackException)
        {
            diagnostics.Report(DiagnosticDescriptors.NestingTooDeep, text.GetLocation(new TextSpan(0, 0)), Syntax.Parsing.RulesetParser.MaxNestingDepth);
            ruleset = Binder.Bind(SyntaxTree.Parse(SourceText.From(string.Empty, text.Path)), new DiagnosticBag());
        }

        return new RulesetCompilation(tree, ruleset, diagnostics.ToSortedList());
    }

    /// <summary>Reads and checks the ruleset file at <paramref name="path"/>; unreadable files give a compilation with that error.</summary>
    public static RulesetCompilation FromFile(string path)
    {
        var diagnostics = new DiagnosticBag();
        if (SourceFileReader.Read(path, diagnostics) is { } text)
        {
            return Create(text);
        }

        var empty = SyntaxTree.Parse(SourceText.From(string.Empty, path));
        return new RulesetCompilation(empty, Binder.Bind(empty, new DiagnosticBag()), diagnostics.ToSortedList());
    }
}
