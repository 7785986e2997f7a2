using DtiRules.Language.Syntax.Generated;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Syntax.Parsing;

internal sealed partial class RulesetParser
{
    private RulesetSyntax BuildRuleset(DtiRulesParser.RulesetFileContext context)
    {
        var header = context.header() is { } h && h.RULESET() is not null ? BuildHeader(h) : null;
        var declarations = context.declaration().Select(BuildDeclaration).OfType<DeclarationSyntax>();
        return new RulesetSyntax(header, [.. declarations], Span(0, _text.Text.Length));
    }

    private HeaderSyntax BuildHeader(DtiRulesParser.HeaderContext context) =>
        new(
            Identifier(context.name, context),
            Number(context.edition, negative: false, context),
            context.baseEdition() is { } baseEdition
                ? new BaseEditionSyntax(Identifier(baseEdition.name, baseEdition), Number(baseEdition.edition, negative: false, baseEdition), SpanOf(baseEdition))
                : null,
            Build(context.property(), BuildProperty),
            SpanOf(context));

    private PropertySyntax BuildProperty(DtiRulesParser.PropertyContext context)
    {
        var key = new IdentifierSyntax(context.key.GetText(), SpanOf(context.key));
        var valueContext = context.propertyValue();
        var token = valueContext?.Start;
        var (kind, value) = token?.Type switch
        {
            DtiRulesLexer.STRING => (PropertyValueKind.String, Unquote(token.Text)),
            DtiRulesLexer.NUMBER => (PropertyValueKind.Number, token.Text),
            _ => (PropertyValueKind.Identifier, token?.Text ?? string.Empty),
        };
        var valueSpan = valueContext is null ? SpanOf(context) : SpanOf(valueContext);
        return new PropertySyntax(key, kind, value, valueSpan, SpanOf(context));
    }

    private DeclarationSyntax? BuildDeclaration(DtiRulesParser.DeclarationContext context) => context switch
    {
        { } c when c.levelsDeclaration() is { } levels => BuildLevels(levels),
        { } c when c.inputDeclaration() is { } input => BuildInput(input),
        { } c when c.noteDeclaration() is { } note => new NoteDeclarationSyntax(
            Identifier(note.name, note), StringLiteral(note.column, note), SpanOf(note)),
        { } c when c.nodeDeclaration() is { } node => new NodeRootSyntax(BuildNode(node), SpanOf(node)),
        { } c when c.outputDeclaration() is { } output => BuildOutput(output),
        { } c when c.rankDeclaration() is { } rank => new RankDeclarationSyntax(
            Build(rank.IDENT(), t => Identifier(t.Symbol, rank)), SpanOf(rank)),
        { } c when c.overrideDeclaration() is { } change => BuildOverride(change),
        { } c when c.removeDeclaration() is { } remove => new RemoveDeclarationSyntax(
            remove.kind?.Type switch { DtiRulesLexer.INPUT => RemovalKind.Input, DtiRulesLexer.OUTPUT => RemovalKind.Output, _ => RemovalKind.Node },
            Build(remove.IDENT(), t => Identifier(t.Symbol, remove)),
            SpanOf(remove)),
        { } c when c.moveDeclaration() is { } move => new MoveNodeSyntax(Identifier(move.name, move), Identifier(move.parent, move), SpanOf(move)),
        { } c when c.renameDeclaration() is { } rename => new RenameNodeSyntax(
            Identifier(rename.oldName, rename), Identifier(rename.newName, rename), SpanOf(rename)),
        { } c when c.mapDeclaration() is { } map => new MapDeclarationSyntax(
            map.label is null ? null : StringLiteral(map.label, map),
            Build(map.mapping(), m => new MappingSyntax(Identifier(m.target, m), BuildExpression(m.expression(), m), SpanOf(m))),
            SpanOf(map)),
        { } c when c.testDeclaration() is { } test => new TestDeclarationSyntax(
            StringLiteral(test.name, test),
            Build(test.testUnit(), BuildTestUnit),
            Build(test.expectation(), BuildExpectation),
            SpanOf(test)),
        { } c when c.uncertaintyDeclaration() is { } uncertainty => new UncertaintyDeclarationSyntax(
            [.. uncertainty.uncertaintyFactor().Select(BuildUncertaintyFactor).OfType<UncertaintyFactorSyntax>()],
            SpanOf(uncertainty)),
        _ => null,
    };

    private TestUnitSyntax BuildTestUnit(DtiRulesParser.TestUnitContext context) =>
        new(StringLiteral(context.name, context), Build(context.testCell(), BuildTestCell), SpanOf(context));

    private TestCellSyntax BuildTestCell(DtiRulesParser.TestCellContext context)
    {
        var field = context.field?.Text + (context.suffix is { } suffix ? "." + suffix.Text : string.Empty);
        var fieldSpan = context.field is null ? SpanOf(context) : Span(context.field.StartIndex, (context.suffix ?? context.field).StopIndex + 1);
        var value = context.testValue();
        var quoted = value?.STRING() is not null;
        var text = value is null ? string.Empty : quoted ? Unquote(value.GetText()) : value.GetText();
        return new TestCellSyntax(field ?? string.Empty, fieldSpan, text, quoted, SpanOf(context));
    }

    private ExpectationSyntax BuildExpectation(DtiRulesParser.ExpectationContext context)
    {
        var target = context.expectTarget();
        IdentifierSyntax? function = null;
        IdentifierSyntax name;
        if (target?.argument is { } argument)
        {
            function = new IdentifierSyntax((target.name ?? target.function).Text, SpanOf(target.name ?? target.function));
            name = Identifier(argument, target);
        }
        else
        {
            name = Identifier(target?.name, context);
        }

        return new ExpectationSyntax(
            StringLiteral(context.unit, context),
            function,
            name,
            SignedNumber(context.expected, context),
            context.tolerance is null ? null : SignedNumber(context.tolerance, context),
            context.relative is not null,
            SpanOf(context));
    }

    private DeclarationSyntax? BuildOverride(DtiRulesParser.OverrideDeclarationContext context) => context switch
    {
        DtiRulesParser.OverrideNodeContext node => new OverrideNodeSyntax(
            Identifier(node.name, node),
            node.label is null ? null : StringLiteral(node.label, node),
            node.points is null ? null : Number(node.points, negative: false, node),
            [.. node.nodeItem().Select(BuildNodeItem).OfType<NodeItemSyntax>()],
            SpanOf(node)),
        DtiRulesParser.OverrideOutputContext output => new OverrideOutputSyntax(
            output.kind?.Type == DtiRulesLexer.INDEX,
            Identifier(output.name, output),
            output.label is null ? null : StringLiteral(output.label, output),
            [.. output.outputItem().Select(BuildOutputItem)],
            SpanOf(output)),
        _ => null,
    };

    private LevelsDeclarationSyntax BuildLevels(DtiRulesParser.LevelsDeclarationContext context) =>
        new(
            Identifier(context.name, context),
            context.label is null ? null : StringLiteral(context.label, context),
            Build(context.levelMember(), m => new LevelMemberSyntax(Identifier(m.name, m), StringLiteral(m.label, m), SpanOf(m))),
            SpanOf(context));

    private InputDeclarationSyntax BuildInput(DtiRulesParser.InputDeclarationContext context)
    {
        var typeContext = context.inputType();
        var type = typeContext is null
            ? new InputTypeSyntax(new IdentifierSyntax(string.Empty, SpanOf(context)), null, SpanOf(context))
            : new InputTypeSyntax(
                Identifier(typeContext.kind, typeContext),
                typeContext.levels is null ? null : Identifier(typeContext.levels, typeContext),
                SpanOf(typeContext));
        return new InputDeclarationSyntax(
            Identifier(context.name, context),
            type,
            StringLiteral(context.label, context),
            Build(context.inputOption(), BuildInputOption),
            SpanOf(context));
    }

    private InputOptionSyntax BuildInputOption(DtiRulesParser.InputOptionContext context) => context switch
    {
        DtiRulesParser.RangeOptionContext range => new RangeOptionSyntax(
            SignedNumber(range.low, range), SignedNumber(range.high, range), SpanOf(range)),
        DtiRulesParser.UnitOptionContext unit => new UnitOptionSyntax(StringLiteral(unit.text, unit), SpanOf(unit)),
        DtiRulesParser.MissingOptionContext missing => new MissingPolicySyntax(Identifier(missing.policy, missing), SpanOf(missing)),
        _ => new MissingPolicySyntax(new IdentifierSyntax(string.Empty, SpanOf(context)), SpanOf(context)),
    };

    private NumberSyntax SignedNumber(DtiRulesParser.SignedNumberContext? context, Antlr4.Runtime.ParserRuleContext parent) =>
        context is null
            ? Number(null, negative: false, parent)
            : Number(context.NUMBER()?.Symbol, context.MINUS() is not null, context) with { Span = SpanOf(context) };

    private NodeDeclarationSyntax BuildNode(DtiRulesParser.NodeDeclarationContext context)
    {
        var span = SpanOf(context);
        if (!TryEnterNesting(span))
        {
            return new NodeDeclarationSyntax(Identifier(context.name, context), StringLiteral(context.label, context),
                Number(context.points, negative: false, context), [], span);
        }

        try
        {
            return new NodeDeclarationSyntax(
                Identifier(context.name, context),
                StringLiteral(context.label, context),
                Number(context.points, negative: false, context),
                [.. context.nodeItem().Select(BuildNodeItem).OfType<NodeItemSyntax>()],
                span);
        }
        finally
        {
            LeaveNesting();
        }
    }

    private NodeItemSyntax? BuildNodeItem(DtiRulesParser.NodeItemContext context) => context switch
    {
        DtiRulesParser.ChildNodeItemContext child => BuildNode(child.nodeDeclaration()),
        DtiRulesParser.ProvenanceNodeItemContext provenance => BuildProvenance(provenance.provenance()),
        DtiRulesParser.GroupNodeItemContext group => new GroupSyntax(Identifier(group.name, group), SpanOf(group)),
        DtiRulesParser.MissingNodeItemContext missing => new NodeMissingPolicySyntax(
            new MissingPolicySyntax(Identifier(missing.policy, missing), SpanOf(missing)), SpanOf(missing)),
        DtiRulesParser.ScoreNodeItemContext score => new FormulaSyntax(BuildExpression(score.expression(), score), SpanOf(score)),
        _ => null,
    };

    private ProvenanceSyntax BuildProvenance(DtiRulesParser.ProvenanceContext context) =>
        new(
            context.kind?.Type == DtiRulesLexer.ASSUMED ? ProvenanceKind.Assumed : ProvenanceKind.Documented,
            StringLiteral(context.reason, context),
            context.reference is null ? null : StringLiteral(context.reference, context),
            SpanOf(context));

    private OutputDeclarationSyntax BuildOutput(DtiRulesParser.OutputDeclarationContext context) =>
        new(
            context.kind?.Type == DtiRulesLexer.INDEX,
            Identifier(context.name, context),
            StringLiteral(context.label, context),
            [.. context.outputItem().Select(BuildOutputItem)],
            SpanOf(context));

    private NodeItemSyntax BuildOutputItem(DtiRulesParser.OutputItemContext context) => context switch
    {
        DtiRulesParser.ProvenanceOutputItemContext provenance => BuildProvenance(provenance.provenance()),
        DtiRulesParser.ValueOutputItemContext value => new FormulaSyntax(BuildExpression(value.expression(), value), SpanOf(value)),
        _ => new FormulaSyntax(new MissingExpressionSyntax(SpanOf(context)), SpanOf(context)),
    };
}
