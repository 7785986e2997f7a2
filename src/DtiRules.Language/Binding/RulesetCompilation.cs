using DtiRules.Language.Diagnostics;
using DtiRules.Language.Editions;
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
        ruleset.ErrorCount = diagnostics.Count(d => d.IsError);
    }

    /// <summary>The parsed file.</summary>
    public SyntaxTree SyntaxTree { get; }

    /// <summary>The checked ruleset (usable for scoring only when <see cref="HasErrors"/> is false).</summary>
    public BoundRuleset Ruleset { get; }

    /// <summary>Syntax and binding diagnostics, sorted by position.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>
    /// Parses and checks <paramref name="text"/>; an edition that extends another finds its base
    /// through <paramref name="locator"/> and is checked as the resolved whole.
    /// </summary>
    public static RulesetCompilation Create(SourceText text, IRulesetLocator? locator = null)
    {
        var tree = SyntaxTree.Parse(text);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(tree.Diagnostics);
        LegacyFontLines.Report(text, diagnostics);
        DirectionControlLines.Report(text, diagnostics);
        BoundRuleset ruleset;
        try
        {
            var resolved = EditionResolver.Resolve(tree, locator, diagnostics);
            ruleset = resolved is null ? BindNothing(text.Path) : Binder.Bind(tree, resolved, diagnostics);
        }
        catch (InsufficientExecutionStackException)
        {
            diagnostics.Report(DiagnosticDescriptors.NestingTooDeep, SourceLocation.File(text.Path), Syntax.Parsing.RulesetParser.MaxNestingDepth);
            ruleset = BindNothing(text.Path);
        }

        IReadOnlyList<Diagnostic> attributed;
        try
        {
            attributed = InheritedDiagnostics.Attribute(tree, locator, ruleset, diagnostics.ToSortedList());
        }
        catch (InsufficientExecutionStackException)
        {
            // Checking the base alone nests as deep as checking the edition, which reported it already.
            attributed = diagnostics.ToSortedList();
        }

        return new RulesetCompilation(tree, ruleset, DiagnosticBag.Sort(attributed));
    }

    /// <summary>Reads and checks the ruleset file at <paramref name="path"/>; unreadable files give a compilation with that error.</summary>
    public static RulesetCompilation FromFile(string path)
    {
        var diagnostics = new DiagnosticBag();
        if (SourceFileReader.Read(path, diagnostics) is { } text)
        {
            return Create(text, new FolderRulesetLocator(Path.GetDirectoryName(path) is { Length: > 0 } folder ? folder : "."));
        }

        return new RulesetCompilation(SyntaxTree.Parse(SourceText.From(string.Empty, path)), BindNothing(path), diagnostics.ToSortedList());
    }

    /// <summary>An empty ruleset, for compilations that failed before binding; its own diagnostics are not wanted.</summary>
    private static BoundRuleset BindNothing(string path)
    {
        var empty = SyntaxTree.Parse(SourceText.From(string.Empty, path));
        return Binder.Bind(empty, new ResolvedRuleset(empty.Root, new Dictionary<string, string>(), null), new DiagnosticBag());
    }
}
