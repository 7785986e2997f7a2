using System.Collections.Immutable;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Resources;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Binding;

internal sealed partial class Binder
{
    private static readonly string[] InputTypeNames = ["number", "percent", "count", "yesno", "level"];

    private void DeclareLevels(LevelsDeclarationSyntax syntax)
    {
        var members = ImmutableArray.CreateBuilder<LevelMemberSymbol>();
        var seen = new Dictionary<string, LevelMemberSyntax>(StringComparer.Ordinal);
        foreach (var member in syntax.Members.Where(m => !m.Name.IsMissing))
        {
            if (seen.TryGetValue(member.Name.Name, out var first))
            {
                Report(DiagnosticDescriptors.DuplicateName, member.Name.Span, member.Name.Name, Location(first).Line, DiagnosticTexts.Phrase(nameof(DiagnosticText.Kind_LevelMember)));
                continue;
            }

            seen.Add(member.Name.Name, member);
            members.Add(new LevelMemberSymbol(member.Name.Name, member.Label.Value, members.Count));
        }

        if (syntax.Name.IsMissing)
        {
            return;
        }

        if (_levels.TryGetValue(syntax.Name.Name, out var existing))
        {
            Report(DiagnosticDescriptors.DuplicateName, syntax.Name.Span, syntax.Name.Name, existing.Location.Line, DiagnosticTexts.Phrase(nameof(DiagnosticText.Kind_LevelType)));
            return;
        }

        _levels.Add(syntax.Name.Name, new LevelTypeSymbol(syntax.Name.Name, syntax.Label?.Value ?? string.Empty, members.ToImmutable(), Location(syntax.Name)));
    }

    private void DeclareInput(InputDeclarationSyntax syntax)
    {
        var type = BindInputType(syntax.Type);
        var (minimum, maximum) = DefaultRange(type);
        string unit = type.Kind == TypeKind.Percent ? "%" : string.Empty;
        MissingPolicy? policy = null;
        foreach (var option in FirstOfEachClause(syntax.Options))
        {
            switch (option)
            {
                case RangeOptionSyntax range when type.Kind is TypeKind.YesNo or TypeKind.Level:
                    Report(DiagnosticDescriptors.OptionNotApplicable, range.Span, "range", type);
                    break;
                case RangeOptionSyntax range when range.Low.Value > range.High.Value:
                    Report(DiagnosticDescriptors.InvalidRange, range.Span, range.Low.Text, range.High.Text);
                    break;
                case RangeOptionSyntax range:
                    (minimum, maximum) = (range.Low.Value, range.High.Value);
                    break;
                case UnitOptionSyntax unitOption:
                    unit = unitOption.Text.Value;
                    break;
                case MissingPolicySyntax missing:
                    policy = BindPolicy(missing.Policy.Name, missing.Policy.Span);
                    break;
            }
        }

        var symbol = new InputSymbol(syntax.Name.Name, syntax.Label.Value, type, minimum, maximum, unit, policy, Location(syntax.Name), _inputs.Count);
        if (TryDeclareName(syntax.Name, symbol, nameof(DiagnosticText.Kind_Input)))
        {
            _inputs.Add(symbol);
        }
    }

    private RuleType BindInputType(InputTypeSyntax syntax)
    {
        var kind = syntax.Kind.Name;
        if (syntax.Kind.IsMissing)
        {
            return RuleType.Error;
        }

        switch (kind)
        {
            case "number": return RuleType.Number;
            case "percent": return RuleType.Percent;
            case "count": return RuleType.Count;
            case "yesno": return RuleType.YesNo;
            case "level" when syntax.LevelType is null:
                Report(DiagnosticDescriptors.UnknownInputType, syntax.Span, kind, " " + DiagnosticTexts.Phrase(nameof(DiagnosticText.InputTypeHint_Level)));
                return RuleType.Error;
            case "level" when _levels.TryGetValue(syntax.LevelType!.Name, out var levelType):
                return RuleType.Level(levelType);
            case "level":
                Report(DiagnosticDescriptors.UnknownLevelType, syntax.LevelType!.Span, syntax.LevelType.Name, DidYouMean(syntax.LevelType.Name, _levels.Keys));
                return RuleType.Error;
            default:
                Report(DiagnosticDescriptors.UnknownInputType, syntax.Kind.Span, kind, DidYouMean(kind, InputTypeNames));
                return RuleType.Error;
        }
    }

    private static (decimal? Minimum, decimal? Maximum) DefaultRange(RuleType type) => type.Kind switch
    {
        TypeKind.Percent => (0m, 100m),
        TypeKind.Count => (0m, null),
        TypeKind.YesNo => (0m, 1m),
        TypeKind.Level => (0m, type.LevelType!.Members.Length - 1),
        _ => (null, null),
    };

    private void DeclareNode(NodeDeclarationSyntax syntax, NodeSymbol? parent)
    {
        if (syntax.MaxPoints.Value < 0)
        {
            Report(DiagnosticDescriptors.NegativeMax, syntax.MaxPoints.Span, syntax.Name.Name, syntax.MaxPoints.Text);
        }

        var node = new NodeSymbol(syntax.Name.Name, syntax.Label.Value, Math.Max(0m, syntax.MaxPoints.Value), parent, Location(syntax.Name), _nodes.Count);
        TryDeclareName(syntax.Name, node, nameof(DiagnosticText.Kind_Node));
        _nodes.Add(node);
        _nodeSyntax.Add(node, syntax);

        foreach (var item in FirstOfEachClause(syntax.Items.Where(i => i is not NodeDeclarationSyntax)))
        {
            switch (item)
            {
                case ProvenanceSyntax provenance:
                    node.Provenance = BindProvenance(provenance);
                    break;
                case GroupSyntax group:
                    node.Group = group.Name.Name;
                    break;
                case NodeMissingPolicySyntax missing:
                    node.OwnPolicy = BindPolicy(missing.Policy.Policy.Name, missing.Policy.Policy.Span);
                    break;
            }
        }

        node.Policy = node.OwnPolicy ?? parent?.Policy ?? _header.Policy;
        foreach (var child in syntax.Items.OfType<NodeDeclarationSyntax>())
        {
            DeclareNode(child, node);
        }
    }

    /// <summary>Each kind of clause once, in written order; repeats are reported and skipped.</summary>
    private IEnumerable<T> FirstOfEachClause<T>(IEnumerable<T> items)
        where T : SyntaxNode
    {
        var clauses = new Dictionary<Type, T>();
        foreach (var item in items)
        {
            if (clauses.TryGetValue(item.GetType(), out var first))
            {
                Report(DiagnosticDescriptors.DuplicateClause, item.Span, ClauseName(item), Location(first).Line);
                continue;
            }

            clauses.Add(item.GetType(), item);
            yield return item;
        }
    }

    /// <summary>What a clause is called in messages: both 'documented' and 'assumed' are the node's provenance.</summary>
    private static string ClauseName(SyntaxNode clause) => clause switch
    {
        ProvenanceSyntax => "documented/assumed",
        RangeOptionSyntax => "range",
        UnitOptionSyntax => "unit",
        MissingPolicySyntax or NodeMissingPolicySyntax => "missing",
        GroupSyntax => "group",
        FormulaSyntax => "score/value",
        _ => TextOf(clause).Split(' ')[0],
    };

    private Provenance BindProvenance(ProvenanceSyntax syntax) =>
        new(syntax.Kind, syntax.Reason.Value, syntax.Source?.Value ?? string.Empty, Location(syntax));

    private void DeclareOutput(OutputDeclarationSyntax syntax)
    {
        var output = new OutputSymbol(syntax.Name.Name, syntax.Label.Value, syntax.IsIndex, Location(syntax.Name), _outputs.Count);
        if (!TryDeclareName(syntax.Name, output, syntax.IsIndex ? nameof(DiagnosticText.Kind_Index) : nameof(DiagnosticText.Kind_Output)))
        {
            return;
        }

        _outputs.Add(output);
        _outputSyntax.Add(output, syntax);
        foreach (var item in FirstOfEachClause(syntax.Items))
        {
            if (item is ProvenanceSyntax provenance)
            {
                output.Provenance = BindProvenance(provenance);
            }
        }
    }

    private void BindRanks(IEnumerable<RankDeclarationSyntax> ranks)
    {
        var any = false;
        foreach (var target in ranks.SelectMany(r => r.Targets).Where(t => !t.IsMissing))
        {
            any = true;
            if (!TryLookup(target.Name, out var declared))
            {
                _hasUnknownNames = true;
                Report(DiagnosticDescriptors.UnknownName, target.Span, target.Name, DidYouMean(target.Name, _outputs.Select(o => o.Name)));
            }
            else if (declared.Symbol is not OutputSymbol output)
            {
                Report(DiagnosticDescriptors.RankTargetNotOutput, target.Span, target.Name);
            }
            else if (output.IsRanked)
            {
                Report(DiagnosticDescriptors.DuplicateRank, target.Span, target.Name);
            }
            else
            {
                output.IsRanked = true;
                _rankOrder.Add(output);
            }
        }

        if (!any && _outputs.FirstOrDefault(o => o.IsIndex) is { } index)
        {
            // With no rank clause the headline index is ranked, as every DTI edition publishes it.
            index.IsRanked = true;
            _rankOrder.Add(index);
        }
    }

    private readonly List<OutputSymbol> _rankOrder = [];
}
