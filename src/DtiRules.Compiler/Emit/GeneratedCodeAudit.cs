using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DtiRules.Compiler.Emit;

/// <summary>
/// Checks, on the compiled syntax tree, that generated code names only its own members, the
/// built-ins, the run's columns and a few value types: no file, network, reflection or process
/// access can be reached, whatever a ruleset contains. A violation is a bug of the emitter.
/// </summary>
internal static class GeneratedCodeAudit
{
    private static readonly HashSet<string> AllowedNamespaces = new(StringComparer.Ordinal)
    {
        "System", "DtiRules", "DtiRules.Language", "DtiRules.Language.Builtins", "DtiRules.Language.Evaluation", CSharpEmitter.Namespace,
    };

    private static readonly HashSet<string> AllowedTypes = new(StringComparer.Ordinal)
    {
        "System.Decimal", "System.Int32", "System.Boolean",
        "System.DivideByZeroException", "System.OverflowException", "System.ArgumentOutOfRangeException", "System.IndexOutOfRangeException",
        "DtiRules.Language.Builtins.Operators", "DtiRules.Language.Builtins.ScalarFunctions",
        "DtiRules.Language.Evaluation.ScoringColumns", "DtiRules.Language.Evaluation.Column", "DtiRules.Language.Evaluation.FormulaTarget",
        "DtiRules.Language.Evaluation.ScoringFailure",
    };

    /// <summary>Members of types otherwise not allowed: the length of an array bounds every loop.</summary>
    private static readonly HashSet<string> AllowedMembers = new(StringComparer.Ordinal) { "System.Array.Length" };

    /// <summary>Throws when <paramref name="tree"/> names anything outside the allowed set.</summary>
    /// <exception cref="InvalidOperationException">The generated code reaches beyond the built-ins.</exception>
    public static void Check(CSharpCompilation compilation, SyntaxTree tree)
    {
        var model = compilation.GetSemanticModel(tree);
        var root = tree.GetRoot();
        foreach (var node in root.DescendantNodes())
        {
            if (node is UnsafeStatementSyntax or FixedStatementSyntax or PointerTypeSyntax or FunctionPointerTypeSyntax or AttributeSyntax or TypeOfExpressionSyntax)
            {
                Fail(node, "uses a construct generated code never needs");
            }

            if (node is not SimpleNameSyntax name || name.Identifier.ValueText == "nameof")
            {
                continue;
            }

            var symbol = model.GetSymbolInfo(name).Symbol ?? model.GetTypeInfo(name).Type;
            if (symbol is null || !IsAllowed(symbol, compilation.Assembly))
            {
                Fail(node, $"names '{symbol?.ToDisplayString() ?? name.Identifier.ValueText}'");
            }
        }
    }

    private static bool IsAllowed(ISymbol symbol, IAssemblySymbol generated) => symbol switch
    {
        ILocalSymbol or IParameterSymbol => true,
        INamespaceSymbol ns => ns.IsGlobalNamespace || AllowedNamespaces.Contains(ns.ToDisplayString()),
        IArrayTypeSymbol array => IsAllowed(array.ElementType, generated),
        INamedTypeSymbol type => SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, generated)
            || (AllowedTypes.Contains(MetadataName(type.OriginalDefinition)) && type.TypeArguments.All(t => IsAllowed(t, generated))),
        _ => symbol.ContainingType is { } containing
            && (IsAllowed(containing, generated) || AllowedMembers.Contains(MetadataName(containing) + "." + symbol.Name)),
    };

    private static string MetadataName(INamedTypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;

    private static void Fail(SyntaxNode node, string what) =>
        throw new InvalidOperationException($"Generated code {what} at {node.GetLocation().GetLineSpan().StartLinePosition}; it may only call the built-ins.");
}
