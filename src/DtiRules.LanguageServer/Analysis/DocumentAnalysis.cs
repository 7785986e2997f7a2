using DtiRules.Data.Testing;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Syntax.Nodes;
using DtiRules.Language.Text;
using DtiRules.LanguageServer.Workspace;

namespace DtiRules.LanguageServer.Analysis;

/// <summary>
/// One document checked exactly as <c>dti check</c> checks it (<see cref="RulesetCompilation"/> and
/// <see cref="UnitListCheck"/>), with the names written in it and what each resolves to.
/// </summary>
internal sealed class DocumentAnalysis
{
    private readonly Lazy<IReadOnlyList<SymbolOccurrence>> _occurrences;
    private readonly Lazy<IReadOnlyList<Diagnostic>> _unitListDiagnostics;

    public DocumentAnalysis(string path, SourceText text, WorkspaceLocator locator)
    {
        Path = path;
        Text = text;
        Locator = locator;
        Compilation = RulesetCompilation.Create(text, locator);
        _occurrences = new Lazy<IReadOnlyList<SymbolOccurrence>>(() =>
            [.. OccurrenceCollector.Collect(Ruleset, Compilation.SyntaxTree.Root, Ruleset.Declarations)
                .Where(o => ReferenceEquals(o.Span.Source, Text))
                .OrderBy(o => o.Span.Start)]);

        // Read when diagnostics are published, not for every hover: the list file may have changed on disk since.
        _unitListDiagnostics = new Lazy<IReadOnlyList<Diagnostic>>(() =>
        {
            var diagnostics = new DiagnosticBag();
            UnitListCheck.Run(Ruleset, new UnitListLoader(unitsOption: null), diagnostics);
            return [.. diagnostics];
        });
    }

    /// <summary>The document's path (or the URI of an unsaved buffer).</summary>
    public string Path { get; }

    /// <summary>The text checked.</summary>
    public SourceText Text { get; }

    /// <summary>The folder's rulesets the check could extend.</summary>
    public WorkspaceLocator Locator { get; }

    /// <summary>The compilation: syntax, flattened edition, bound ruleset and diagnostics.</summary>
    public RulesetCompilation Compilation { get; }

    /// <summary>The bound ruleset.</summary>
    public BoundRuleset Ruleset => Compilation.Ruleset;

    /// <summary>The problems of the unit list the ruleset names (<c>units "…"</c>, or its kind's built-in list) and of its tests' unit names.</summary>
    public IReadOnlyList<Diagnostic> UnitListDiagnostics => _unitListDiagnostics.Value;

    /// <summary>The names written in this document, in text order.</summary>
    public IReadOnlyList<SymbolOccurrence> Occurrences => _occurrences.Value;

    /// <summary>The name at <paramref name="offset"/> (touching its start or end), or null.</summary>
    public SymbolOccurrence? OccurrenceAt(int offset) =>
        Occurrences.FirstOrDefault(o => o.Span.Start <= offset && offset <= o.Span.End);

    /// <summary>What the name written at <paramref name="occurrence"/> names, or null.</summary>
    public ResolvedSymbol? Resolve(SymbolOccurrence occurrence) =>
        occurrence.Key.Kind == SymbolKind.Ruleset ? ResolveRuleset(occurrence) : Resolve(occurrence.Key);

    /// <summary>What <paramref name="key"/> names in this edition, or null when nothing by that name is declared.</summary>
    public ResolvedSymbol? Resolve(SymbolKey key)
    {
        switch (key.Kind)
        {
            case SymbolKind.Name:
                var name = Ruleset.Aliases.TryGetValue(key.Name, out var renamed) ? renamed : key.Name;
                ISymbol? symbol = (ISymbol?)Ruleset.FindNode(name) ?? (ISymbol?)Ruleset.FindOutput(name) ?? Ruleset.Inputs.FirstOrDefault(i => i.Name == name);
                return symbol switch
                {
                    NodeSymbol node => new ResolvedSymbol(key, node.Location, node),
                    OutputSymbol output => new ResolvedSymbol(key, output.Location, output),
                    InputSymbol input => new ResolvedSymbol(key, input.Location, input),
                    _ => null,
                };
            case SymbolKind.LevelType:
                return Ruleset.Levels.FirstOrDefault(l => l.Name == key.Name) is { } levelType
                    ? new ResolvedSymbol(key, levelType.Location, levelType)
                    : null;
            case SymbolKind.LevelMember:
                return ResolveMember(key);
            case SymbolKind.Function:
                return BuiltinFunction.Find(key.Name) is { } function ? new ResolvedSymbol(key, null, function) : null;
            default:
                return null;
        }
    }

    private ResolvedSymbol? ResolveMember(SymbolKey key)
    {
        var declaration = Ruleset.Declarations.Declarations.OfType<LevelsDeclarationSyntax>()
            .Where(l => l.Name.Name == key.Container)
            .SelectMany(l => l.Members)
            .FirstOrDefault(m => m.Name.Name == key.Name);
        var member = Ruleset.Levels.FirstOrDefault(l => l.Name == key.Container)?.FindMember(key.Name);
        return declaration is null || member is null ? null : new ResolvedSymbol(key, declaration.Name.Span.Location, member);
    }

    /// <summary>The header a ruleset id names: this file's own, or for <c>extends</c> the base edition's.</summary>
    private ResolvedSymbol? ResolveRuleset(SymbolOccurrence occurrence)
    {
        var key = occurrence.Key;
        var header = Compilation.SyntaxTree.Root.Header;
        if (!occurrence.IsDeclaration && header?.Base is { } baseEdition
            && Locator.Find(baseEdition.Name.Name, (int)baseEdition.Edition.Value)?.Root.Header is { } baseHeader)
        {
            return new ResolvedSymbol(key, baseHeader.Name.Span.Location, baseHeader);
        }

        return header is not null && header.Name.Name == key.Name ? new ResolvedSymbol(key, header.Name.Span.Location, header) : null;
    }
}
