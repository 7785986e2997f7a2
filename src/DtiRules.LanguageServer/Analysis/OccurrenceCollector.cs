using System.Runtime.CompilerServices;
using DtiRules.Language.Binding;
using DtiRules.Language.Syntax.Nodes;
using DtiRules.Language.Text;

namespace DtiRules.LanguageServer.Analysis;

/// <summary>
/// Lists every name written in a ruleset and what it names. Reads the syntax trees the
/// compilation already built (the file's own and the flattened edition); it binds nothing itself:
/// what a name resolves to is asked of the bound ruleset.
/// </summary>
internal sealed class OccurrenceCollector
{
    private readonly BoundRuleset _ruleset;
    private readonly List<SymbolOccurrence> _occurrences = [];
    private readonly HashSet<(SourceText, int)> _seen = [];

    private OccurrenceCollector(BoundRuleset ruleset) => _ruleset = ruleset;

    /// <summary>Every name in <paramref name="roots"/>, once each, in the order met.</summary>
    public static IReadOnlyList<SymbolOccurrence> Collect(BoundRuleset ruleset, params RulesetSyntax[] roots)
    {
        var collector = new OccurrenceCollector(ruleset);
        foreach (var root in roots)
        {
            collector.Visit(root);
        }

        return collector._occurrences;
    }

    private void Add(IdentifierSyntax? name, SymbolKind kind, bool declaration = false, string? container = null)
    {
        if (name is null || name.IsMissing || !_seen.Add((name.Span.Source, name.Span.Start)))
        {
            return;
        }

        _occurrences.Add(new SymbolOccurrence(name.Span, new SymbolKey(kind, name.Name, container), declaration));
    }

    private void Visit(RulesetSyntax root)
    {
        if (root.Header is { } header)
        {
            Add(header.Name, SymbolKind.Ruleset, declaration: true);
            Add(header.Base?.Name, SymbolKind.Ruleset);
        }

        foreach (var declaration in root.Declarations)
        {
            Visit(declaration);
        }
    }

    private void Visit(DeclarationSyntax declaration)
    {
        switch (declaration)
        {
            case LevelsDeclarationSyntax levels:
                Add(levels.Name, SymbolKind.LevelType, declaration: true);
                foreach (var member in levels.Members)
                {
                    Add(member.Name, SymbolKind.LevelMember, declaration: true, container: levels.Name.Name);
                }

                break;
            case InputDeclarationSyntax input:
                Add(input.Name, SymbolKind.Name, declaration: true);
                Add(input.Type.LevelType, SymbolKind.LevelType);
                break;
            case NodeRootSyntax root:
                Visit(root.Node);
                break;
            case OutputDeclarationSyntax output:
                Add(output.Name, SymbolKind.Name, declaration: true);
                VisitItems(output.Items);
                break;
            case RankDeclarationSyntax rank:
                rank.Targets.ToList().ForEach(t => Add(t, SymbolKind.Name));
                break;
            case OverrideNodeSyntax change:
                Add(change.Name, SymbolKind.Name);
                VisitItems(change.Items);
                break;
            case OverrideOutputSyntax change:
                Add(change.Name, SymbolKind.Name);
                VisitItems(change.Items);
                break;
            case RemoveDeclarationSyntax removal:
                removal.Names.ToList().ForEach(n => Add(n, SymbolKind.Name));
                break;
            case MoveNodeSyntax move:
                Add(move.Name, SymbolKind.Name);
                Add(move.NewParent, SymbolKind.Name);
                break;
            case RenameNodeSyntax rename:
                Add(rename.OldName, SymbolKind.Name);
                Add(rename.NewName, SymbolKind.Name, declaration: true);
                break;
            case MapDeclarationSyntax map:
                foreach (var mapping in map.Mappings)
                {
                    // A mapping's formula reads data columns of older years, not this edition's names.
                    Add(mapping.Target, SymbolKind.Name);
                    VisitFunctionsOnly(mapping.Expression);
                }

                break;
            case TestDeclarationSyntax test:
                foreach (var cell in test.Units.SelectMany(u => u.Cells))
                {
                    var id = cell.Field.Split('.')[0];
                    Add(new IdentifierSyntax(id, new TextSpan(cell.FieldSpan.Start, id.Length, cell.FieldSpan.Source)), SymbolKind.Name);
                }

                test.Expectations.ToList().ForEach(e => Add(e.Target, SymbolKind.Name));
                break;
            case UncertaintyDeclarationSyntax uncertainty:
                uncertainty.Factors.ToList().ForEach(Visit);
                break;
        }
    }

    private void Visit(UncertaintyFactorSyntax factor)
    {
        switch (factor)
        {
            case WeightSpreadSyntax weight:
                Add(weight.Node, SymbolKind.Name);
                break;
            case WeightRangeSyntax weight:
                Add(weight.Node, SymbolKind.Name);
                break;
            case NoiseFactorSyntax noise:
                Add(noise.Input, SymbolKind.Name);
                break;
            case FormulaFactorSyntax formula:
                Add(formula.Node, SymbolKind.Name);
                formula.Alternatives.ToList().ForEach(a => Visit(a.Expression));
                break;
        }
    }

    private void Visit(NodeDeclarationSyntax node)
    {
        Add(node.Name, SymbolKind.Name, declaration: true);
        VisitItems(node.Items);
    }

    private void VisitItems(IEnumerable<NodeItemSyntax> items)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case NodeDeclarationSyntax child:
                    Visit(child);
                    break;
                case FormulaSyntax formula:
                    Visit(formula.Expression);
                    break;
            }
        }
    }

    private void Visit(ExpressionSyntax expression)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (expression)
        {
            case ReferenceExpressionSyntax { Member: { } member } reference:
                Add(reference.Name, SymbolKind.LevelType);
                Add(member, SymbolKind.LevelMember, container: reference.Name.Name);
                break;
            case ReferenceExpressionSyntax reference when reference.Name.Name is not ("total" or "scale"):
                Add(reference.Name, SymbolKind.Name);
                break;
            case CallExpressionSyntax call:
                Add(call.Function, SymbolKind.Function);
                call.Arguments.ToList().ForEach(Visit);
                break;
            case BinaryExpressionSyntax binary:
                Visit(binary.Left);
                Visit(binary.Right);
                break;
            case UnaryExpressionSyntax unary:
                Visit(unary.Operand);
                break;
            case ParenthesizedExpressionSyntax parenthesized:
                Visit(parenthesized.Inner);
                break;
            case ConditionalExpressionSyntax conditional:
                Visit(conditional.Condition);
                Visit(conditional.WhenTrue);
                Visit(conditional.WhenFalse);
                break;
            case TiersExpressionSyntax tiers:
                Visit(tiers.Subject);
                tiers.Arms.ToList().ForEach(a => Visit(a.Value));
                VisitOptional(tiers.Else);
                break;
            case LevelTableExpressionSyntax table:
                Visit(table.Subject);
                var levelType = LevelTypeOf(table.Subject);
                foreach (var arm in table.Arms)
                {
                    Add(arm.Member, SymbolKind.LevelMember, container: levelType);
                    Visit(arm.Value);
                }

                VisitOptional(table.Else);
                break;
        }
    }

    private void VisitOptional(ExpressionSyntax? expression)
    {
        if (expression is not null)
        {
            Visit(expression);
        }
    }

    /// <summary>In a mapping only the functions are this language's names.</summary>
    private void VisitFunctionsOnly(ExpressionSyntax expression)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (expression)
        {
            case CallExpressionSyntax call:
                Add(call.Function, SymbolKind.Function);
                call.Arguments.ToList().ForEach(VisitFunctionsOnly);
                break;
            case BinaryExpressionSyntax binary:
                VisitFunctionsOnly(binary.Left);
                VisitFunctionsOnly(binary.Right);
                break;
            case UnaryExpressionSyntax unary:
                VisitFunctionsOnly(unary.Operand);
                break;
            case ParenthesizedExpressionSyntax parenthesized:
                VisitFunctionsOnly(parenthesized.Inner);
                break;
            case ConditionalExpressionSyntax conditional:
                VisitFunctionsOnly(conditional.Condition);
                VisitFunctionsOnly(conditional.WhenTrue);
                VisitFunctionsOnly(conditional.WhenFalse);
                break;
        }
    }

    /// <summary>The level type of a level table's subject, when it is an input of a level type.</summary>
    private string? LevelTypeOf(ExpressionSyntax subject) =>
        subject is ReferenceExpressionSyntax { Member: null } reference
            ? _ruleset.Inputs.FirstOrDefault(i => i.Name == reference.Name.Name)?.Type.LevelType?.Name
            : null;
}
