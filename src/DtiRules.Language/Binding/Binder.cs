using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Editions;
using DtiRules.Language.Resources;
using DtiRules.Language.Syntax;
using DtiRules.Language.Syntax.Nodes;
using DtiRules.Language.Text;

namespace DtiRules.Language.Binding;

/// <summary>
/// Checks a syntax tree and builds the <see cref="BoundRuleset"/>: declares every symbol, binds
/// every formula with types and resolved operations, checks the tree's structure, orders the
/// evaluation. Reports every problem to the bag and never throws for user errors.
/// </summary>
internal sealed partial class Binder
{
    private readonly SyntaxTree _tree;
    private readonly ResolvedRuleset _resolved;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, LevelTypeSymbol> _levels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DeclaredName> _names = new(StringComparer.Ordinal);
    private readonly List<InputSymbol> _inputs = [];
    private readonly List<NodeSymbol> _nodes = [];
    private readonly List<OutputSymbol> _outputs = [];
    private readonly Dictionary<NodeSymbol, NodeDeclarationSyntax> _nodeSyntax = [];
    private readonly Dictionary<OutputSymbol, OutputDeclarationSyntax> _outputSyntax = [];
    private readonly HashSet<InputSymbol> _usedInputs = [];
    private RulesetHeader _header = null!;
    private int _cohortSlots;
    private bool _hasUnknownNames;

    private Binder(SyntaxTree tree, ResolvedRuleset resolved, DiagnosticBag diagnostics)
    {
        _tree = tree;
        _resolved = resolved;
        _diagnostics = diagnostics;
    }

    /// <summary>Binds the edition <paramref name="resolved"/> from <paramref name="tree"/>, reporting problems to <paramref name="diagnostics"/>.</summary>
    public static BoundRuleset Bind(SyntaxTree tree, ResolvedRuleset resolved, DiagnosticBag diagnostics) =>
        new Binder(tree, resolved, diagnostics).BindRuleset();

    private BoundRuleset BindRuleset()
    {
        var root = _resolved.Root;
        _header = BindHeader(root.Header);
        foreach (var levels in root.Declarations.OfType<LevelsDeclarationSyntax>())
        {
            DeclareLevels(levels);
        }

        foreach (var input in root.Declarations.OfType<InputDeclarationSyntax>())
        {
            DeclareInput(input);
        }

        foreach (var node in root.Declarations.OfType<NodeRootSyntax>())
        {
            DeclareNode(node.Node, parent: null);
        }

        foreach (var output in root.Declarations.OfType<OutputDeclarationSyntax>())
        {
            DeclareOutput(output);
        }

        var notes = DeclareNotes(root.Declarations.OfType<NoteDeclarationSyntax>());
        foreach (var node in _nodes)
        {
            BindNodeFormula(node);
        }

        foreach (var output in _outputs)
        {
            BindOutputFormula(output);
        }

        ProveSumsAndOutputs();
        BindRanks(root.Declarations.OfType<RankDeclarationSyntax>());
        BindMappings(root.Declarations.OfType<MapDeclarationSyntax>());
        var tests = BindTests(root.Declarations.OfType<TestDeclarationSyntax>());
        var uncertainty = BindUncertainty(root.Declarations.OfType<UncertaintyDeclarationSyntax>());
        CheckStructure();
        var order = OrderEvaluation();
        return new BoundRuleset(_tree, _header, [.. _levels.Values], _inputs, _nodes, _outputs, _rankOrder, order, _cohortSlots)
        {
            Declarations = root,
            Mappings = _mappings,
            Notes = notes,
            Tests = tests,
            Uncertainty = uncertainty,
            Aliases = _resolved.Aliases,
            BaseEdition = _resolved.BaseEdition,
        };
    }

    private static SourceLocation Location(TextSpan span) => span.Location;

    private static SourceLocation Location(SyntaxNode node) => node.Span.Location;

    private void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] args) =>
        _diagnostics.Report(descriptor, Location(span), args);

    private static string TextOf(SyntaxNode node) => node.Span.Text;

    /// <summary>" Did you mean 'x'?" for the closest candidates, or empty when none is close.</summary>
    private static SuggestedNames DidYouMean(string written, IEnumerable<string> candidates)
    {
        var close = NameSuggestions.Closest(written, candidates, 3);
        return SuggestedNames.Sentence(close);
    }

    /// <summary>
    /// Registers a name in the shared namespace of inputs, nodes and outputs; <paramref name="kind"/>
    /// is the key of the diagnostic texts' word for what is declared.
    /// </summary>
    private bool TryDeclareName(IdentifierSyntax name, ISymbol symbol, string kind)
    {
        if (name.IsMissing)
        {
            return false;
        }

        if (ReservedNames.Contains(name.Name))
        {
            Report(DiagnosticDescriptors.ReservedName, name.Span, name.Name);
            return false;
        }

        if (_names.TryGetValue(name.Name, out var existing))
        {
            Report(DiagnosticDescriptors.DuplicateName, name.Span, name.Name, existing.Location.Line, DiagnosticTexts.Phrase(kind));
            return false;
        }

        _names.Add(name.Name, new DeclaredName(symbol, Location(name)));
        return true;
    }

    /// <summary>Finds a declared name, following the old ids of renamed nodes.</summary>
    private bool TryLookup(string name, out DeclaredName declared) =>
        _names.TryGetValue(name, out declared!)
        || (_resolved.Aliases.TryGetValue(name, out var renamed) && _names.TryGetValue(renamed, out declared!));

    /// <summary>Names with a built-in meaning in formulas.</summary>
    private static readonly HashSet<string> ReservedNames = new(StringComparer.Ordinal) { "total", "scale" };

    private sealed record DeclaredName(ISymbol Symbol, SourceLocation Location);
}
