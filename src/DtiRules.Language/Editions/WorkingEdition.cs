using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Resources;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Editions;

/// <summary>
/// A base edition's declarations held in a form that can change, and the changes of the edition
/// that extends it applied one after another in written order.
/// </summary>
internal sealed partial class WorkingEdition
{
    private readonly DiagnosticBag _diagnostics;
    private readonly List<PropertySyntax> _properties;
    private readonly List<LevelsDeclarationSyntax> _levels;
    private readonly List<InputDeclarationSyntax> _inputs;
    private readonly List<NoteDeclarationSyntax> _notes;
    private readonly List<WorkingNode> _roots;
    private readonly List<OutputDeclarationSyntax> _outputs;
    private readonly List<RankDeclarationSyntax> _ranks;
    private readonly List<MapDeclarationSyntax> _maps;
    private readonly List<TestDeclarationSyntax> _tests = [];
    private readonly List<UncertaintyDeclarationSyntax> _uncertainty;
    private readonly Dictionary<string, string> _aliases;
    private bool _ranksReplaced;
    private bool _uncertaintyReplaced;

    public WorkingEdition(RulesetSyntax resolvedBase, IReadOnlyDictionary<string, string> baseAliases, DiagnosticBag diagnostics)
    {
        _diagnostics = diagnostics;
        _properties = [.. resolvedBase.Header?.Properties ?? []];
        var declarations = resolvedBase.Declarations;
        _levels = [.. declarations.OfType<LevelsDeclarationSyntax>()];
        _inputs = [.. declarations.OfType<InputDeclarationSyntax>()];
        _notes = [.. declarations.OfType<NoteDeclarationSyntax>()];
        _roots = [.. declarations.OfType<NodeRootSyntax>().Select(r => WorkingNode.From(r.Node, null))];
        _outputs = [.. declarations.OfType<OutputDeclarationSyntax>()];
        _ranks = [.. declarations.OfType<RankDeclarationSyntax>()];
        _maps = [.. declarations.OfType<MapDeclarationSyntax>()];
        _uncertainty = [.. declarations.OfType<UncertaintyDeclarationSyntax>()];
        _aliases = new Dictionary<string, string>(baseAliases, StringComparer.Ordinal);
    }

    /// <summary>Old ids of renamed nodes, each to its current id.</summary>
    public IReadOnlyDictionary<string, string> Aliases => _aliases;

    /// <summary>Applies the extending edition's header properties and declarations, in written order.</summary>
    public void Apply(RulesetSyntax edition)
    {
        foreach (var property in edition.Header?.Properties ?? [])
        {
            Replace(_properties, property, p => p.Key.Name);
        }

        foreach (var declaration in edition.Declarations)
        {
            Apply(declaration);
        }
    }

    /// <summary>The flattened edition, headed by <paramref name="header"/> with the merged properties.</summary>
    public RulesetSyntax ToSyntax(HeaderSyntax header)
    {
        var liveInputs = _inputs.Select(i => i.Name.Name).ToHashSet(StringComparer.Ordinal);
        var maps = _maps.Select(m => m with { Mappings = [.. m.Mappings.Where(x => liveInputs.Contains(x.Target.Name))] })
            .Where(m => m.Mappings.Length > 0);
        IEnumerable<DeclarationSyntax> declarations =
        [
            .. _levels, .. _inputs, .. _notes, .. _roots.Select(r => new NodeRootSyntax(r.ToSyntax(), r.Syntax.Span)), .. _outputs, .. _ranks, .. maps, .. _tests, .. _uncertainty,
        ];
        return new RulesetSyntax(header with { Properties = [.. _properties] }, [.. declarations], header.Span);
    }

    private void Apply(DeclarationSyntax declaration)
    {
        switch (declaration)
        {
            case LevelsDeclarationSyntax levels:
                Replace(_levels, levels, l => l.Name.Name);
                break;
            case InputDeclarationSyntax input:
                Replace(_inputs, input, i => i.Name.Name);
                break;
            case NoteDeclarationSyntax note:
                Replace(_notes, note, n => n.Name.Name);
                break;
            case NodeRootSyntax root:
                _roots.Add(WorkingNode.From(root.Node, null));
                break;
            case OutputDeclarationSyntax output:
                Replace(_outputs, output, o => o.Name.Name);
                break;
            case RankDeclarationSyntax rank:
                ReplaceRanks(rank);
                break;
            case MapDeclarationSyntax map:
                _maps.Add(map);
                break;
            case TestDeclarationSyntax test:
                // Tests belong to the file that states them: a base edition's expectations need not hold after changes.
                _tests.Add(test);
                break;
            case UncertaintyDeclarationSyntax uncertainty:
                ReplaceUncertainty(uncertainty);
                break;
            case OverrideNodeSyntax change:
                OverrideNode(change);
                break;
            case OverrideOutputSyntax change:
                OverrideOutput(change);
                break;
            case RemoveDeclarationSyntax removal:
                Remove(removal);
                break;
            case MoveNodeSyntax move:
                Move(move);
                break;
            case RenameNodeSyntax rename:
                Rename(rename);
                break;
        }
    }

    private static void Replace<T>(List<T> list, T declaration, Func<T, string> nameOf)
    {
        var index = list.FindIndex(d => nameOf(d) == nameOf(declaration));
        if (index >= 0)
        {
            list[index] = declaration;
        }
        else
        {
            list.Add(declaration);
        }
    }

    /// <summary>The first rank clause of an edition replaces the base's; later ones add to it.</summary>
    private void ReplaceRanks(RankDeclarationSyntax rank)
    {
        if (!_ranksReplaced)
        {
            _ranks.Clear();
            _ranksReplaced = true;
        }

        _ranks.Add(rank);
    }

    /// <summary>An edition's first uncertainty block replaces the base's, since its factors name the edition's nodes; later ones add to it.</summary>
    private void ReplaceUncertainty(UncertaintyDeclarationSyntax uncertainty)
    {
        if (!_uncertaintyReplaced)
        {
            _uncertainty.Clear();
            _uncertaintyReplaced = true;
        }

        _uncertainty.Add(uncertainty);
    }

    private IEnumerable<WorkingNode> AllNodes() => _roots.SelectMany(r => r.SelfAndDescendants());

    /// <summary>
    /// Finds a node by its current id or an old id; reports DR1019 when there is none, saying what
    /// could not be done with the phrase <paramref name="action"/> (a key of the diagnostic texts).
    /// </summary>
    private WorkingNode? FindNode(IdentifierSyntax name, string action)
    {
        if (name.IsMissing)
        {
            return null;
        }

        var current = _aliases.TryGetValue(name.Name, out var renamed) ? renamed : name.Name;
        if (AllNodes().FirstOrDefault(n => n.Name == current) is { } node)
        {
            return node;
        }

        ReportUnknown(nameof(DiagnosticText.Kind_Node), name, action, AllNodes().Select(n => n.Name));
        return null;
    }

    /// <summary>Reports DR1019; <paramref name="kind"/> and <paramref name="action"/> are keys of the diagnostic texts.</summary>
    private void ReportUnknown(string kind, IdentifierSyntax name, string action, IEnumerable<string> known)
    {
        var close = NameSuggestions.Closest(name.Name, known, 3);
        var hint = SuggestedNames.Sentence(close);
        _diagnostics.Report(DiagnosticDescriptors.UnknownInBase, name.Span.Location, DiagnosticTexts.Phrase(kind), name.Name, DiagnosticTexts.Phrase(action), hint);
    }
}
