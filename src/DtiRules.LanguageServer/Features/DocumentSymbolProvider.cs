using System.Globalization;
using DtiRules.Language.Syntax.Nodes;
using DtiRules.LanguageServer.Analysis;
using DtiRules.LanguageServer.Protocol;
using DtiRules.LanguageServer.Resources;
using DtiRules.LanguageServer.Workspace;

namespace DtiRules.LanguageServer.Features;

/// <summary>
/// The outline of a file: its declarations as written, nodes nested as the tree. Details are the
/// file's keywords and ids, with the few words of their own in the language of the editor.
/// </summary>
internal static class DocumentSymbolProvider
{
    public static IReadOnlyList<DocumentSymbol> Symbols(DocumentAnalysis analysis)
    {
        var root = analysis.Compilation.SyntaxTree.Root;
        var symbols = new List<DocumentSymbol>();
        if (root.Header is { } header && Symbol(header.Name, $"edition {header.Edition.Text}", ProtocolConstants.SymbolNamespace, header, []) is { } headerSymbol)
        {
            symbols.Add(headerSymbol);
        }

        foreach (var declaration in root.Declarations)
        {
            if (Declaration(declaration) is { } symbol)
            {
                symbols.Add(symbol);
            }
        }

        return symbols;
    }

    private static DocumentSymbol? Declaration(DeclarationSyntax declaration) => declaration switch
    {
        LevelsDeclarationSyntax levels => Symbol(levels.Name, levels.Label?.Value, ProtocolConstants.SymbolEnum, levels,
            [.. levels.Members.Select(m => Symbol(m.Name, m.Label.Value, ProtocolConstants.SymbolEnumMember, m, []))]),
        InputDeclarationSyntax input => Symbol(input.Name, input.Label.Value, ProtocolConstants.SymbolVariable, input, []),
        NodeRootSyntax root => Node(root.Node),
        OutputDeclarationSyntax output => Symbol(output.Name, output.Label.Value, ProtocolConstants.SymbolConstant, output, []),
        OverrideNodeSyntax change => Symbol(change.Name, "override node", ProtocolConstants.SymbolEvent, change,
            [.. change.Items.OfType<NodeDeclarationSyntax>().Select(Node)]),
        OverrideOutputSyntax change => Symbol(change.Name, "override output", ProtocolConstants.SymbolEvent, change, []),
        MoveNodeSyntax move => Symbol(move.Name, $"move to {move.NewParent.Name}", ProtocolConstants.SymbolEvent, move, []),
        RenameNodeSyntax rename => Symbol(rename.NewName, EditorTexts.Words.Format(nameof(EditorText.Outline_RenamedFrom), rename.OldName.Name), ProtocolConstants.SymbolEvent, rename, []),
        RemoveDeclarationSyntax removal => Symbol(removal.Names.FirstOrDefault(), $"remove {string.Join(", ", removal.Names.Select(n => n.Name))}", ProtocolConstants.SymbolEvent, removal, []),
        RankDeclarationSyntax rank => Symbol(rank.Targets.FirstOrDefault(), $"rank {string.Join(", ", rank.Targets.Select(t => t.Name))}", ProtocolConstants.SymbolEvent, rank, []),
        TestDeclarationSyntax test => new DocumentSymbol(
            test.Name.Value.Length > 0 ? test.Name.Value : "test", "test", ProtocolConstants.SymbolMethod, Range(test), PositionMapper.ToRange(test.Name.Span), []),
        MapDeclarationSyntax map => new DocumentSymbol(
            map.Label?.Value is { Length: > 0 } label ? label : "map", "map", ProtocolConstants.SymbolEvent, Range(map), Range(map), []),
        UncertaintyDeclarationSyntax uncertainty => new DocumentSymbol(
            "uncertainty", EditorTexts.Words.Format(nameof(EditorText.Outline_Factors), uncertainty.Factors.Length), ProtocolConstants.SymbolEvent, Range(uncertainty), Range(uncertainty),
            [.. uncertainty.Factors.Select(Factor).OfType<DocumentSymbol>()]),
        _ => null,
    };

    private static DocumentSymbol? Factor(UncertaintyFactorSyntax factor) => factor switch
    {
        WeightSpreadSyntax weight => Symbol(weight.Node, $"weight ±{weight.Percent.Text}%", ProtocolConstants.SymbolEvent, weight, []),
        WeightRangeSyntax weight => Symbol(weight.Node, $"weight {weight.Low.Text}..{weight.High.Text}", ProtocolConstants.SymbolEvent, weight, []),
        NoiseFactorSyntax noise => Symbol(noise.Input, $"noise ±{noise.Percent.Text}%", ProtocolConstants.SymbolEvent, noise, []),
        PolicyFactorSyntax policy => new DocumentSymbol(
            "policy missing", string.Join(" | ", policy.Alternatives.Select(a => a.Policy.Name)), ProtocolConstants.SymbolEvent, Range(policy), Range(policy), []),
        FormulaFactorSyntax formula => Symbol(formula.Node, EditorTexts.Words.Format(nameof(EditorText.Outline_Alternatives), formula.Alternatives.Length), ProtocolConstants.SymbolEvent, formula, []),
        _ => null,
    };

    private static DocumentSymbol? Node(NodeDeclarationSyntax node) =>
        Symbol(node.Name, $"{node.Label.Value} · max {node.MaxPoints.Value.ToString("0.####", CultureInfo.InvariantCulture)}",
            ProtocolConstants.SymbolField, node, [.. node.Items.OfType<NodeDeclarationSyntax>().Select(Node).OfType<DocumentSymbol>()]);

    private static DocumentSymbol? Symbol(IdentifierSyntax? name, string? detail, int kind, SyntaxNode whole, IEnumerable<DocumentSymbol?> children) =>
        name is null || name.IsMissing
            ? null
            : new DocumentSymbol(name.Name, detail, kind, Range(whole), PositionMapper.ToRange(name.Span), [.. children.OfType<DocumentSymbol>()]);

    private static Protocol.Range Range(SyntaxNode node) => PositionMapper.ToRange(node.Span);
}
