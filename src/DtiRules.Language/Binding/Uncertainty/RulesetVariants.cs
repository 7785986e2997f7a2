using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Editions;
using DtiRules.Language.Syntax.Nodes;
using DtiRules.Language.Text;

namespace DtiRules.Language.Binding.Uncertainty;

/// <summary>
/// A ruleset with discrete choices of its <c>uncertainty</c> block made: the declarations are
/// rewritten (a policy everywhere, a node's formula replaced by an alternative) and bound again, so
/// the binder decides what a variant means exactly as it does for the ruleset itself.
/// </summary>
public static class RulesetVariants
{
    /// <summary>
    /// Binds <paramref name="ruleset"/> again with every missing-data policy set to
    /// <paramref name="policy"/> (when given) and each node named in <paramref name="formulas"/>
    /// scored by that formula. With <paramref name="indexOnly"/>, the outputs the index does not
    /// read (directly, through other outputs or through a node) are left out, with their ranks and
    /// the ruleset's tests: the variant then scores only what the index depends on. Problems the
    /// variant alone has are in <paramref name="diagnostics"/>.
    /// </summary>
    public static BoundRuleset Bind(
        BoundRuleset ruleset, MissingPolicy? policy, IReadOnlyDictionary<string, ExpressionSyntax> formulas, bool indexOnly, DiagnosticBag diagnostics)
    {
        if (indexOnly && OutputsTheIndexDoesNotRead(ruleset) is var dropped && (dropped.Count > 0 || HasTests(ruleset)))
        {
            var trimmed = new DiagnosticBag();
            var bound = BindRewritten(ruleset, policy, formulas, dropped, dropTests: true, trimmed);
            if (!trimmed.HasErrors)
            {
                return bound;
            }

            // An alternative formula may read an output the ruleset's own formulas do not: such a variant is bound whole.
        }

        return BindRewritten(ruleset, policy, formulas, [], dropTests: false, diagnostics);
    }

    /// <summary>
    /// True when <see cref="Bind"/> with <c>indexOnly</c> leaves something out of
    /// <paramref name="ruleset"/>: an output the index does not read, or a test.
    /// </summary>
    public static bool HasMoreThanTheIndex(BoundRuleset ruleset) =>
        OutputsTheIndexDoesNotRead(ruleset).Count > 0 || HasTests(ruleset);

    private static bool HasTests(BoundRuleset ruleset) => ruleset.Declarations.Declarations.Any(d => d is TestDeclarationSyntax);

    private static BoundRuleset BindRewritten(
        BoundRuleset ruleset, MissingPolicy? policy, IReadOnlyDictionary<string, ExpressionSyntax> formulas, HashSet<string> dropped, bool dropTests, DiagnosticBag diagnostics)
    {
        var root = ruleset.Declarations;
        var header = root.Header is { } h && policy is { } p ? h with { Properties = [.. WithPolicy(h, p)] } : root.Header;
        var declarations = root.Declarations.Where(d => d switch
        {
            OutputDeclarationSyntax output => !dropped.Contains(output.Name.Name),
            TestDeclarationSyntax => !dropTests,
            _ => true,
        }).Select(d => d switch
        {
            RankDeclarationSyntax rank when dropped.Count > 0 => rank with { Targets = [.. rank.Targets.Where(t => !dropped.Contains(t.Name))] },
            InputDeclarationSyntax input when policy is { } chosen => input with
            {
                Options = [.. input.Options.Select(o => o is MissingPolicySyntax m ? m with { Policy = PolicyName(chosen, m.Span) } : o)],
            },
            NodeRootSyntax node => node with { Node = Rewrite(node.Node, policy, formulas) },
            _ => d,
        });
        var variant = root with { Header = header, Declarations = [.. declarations] };
        var bag = new DiagnosticBag();
        var bound = Binder.Bind(ruleset.Syntax, new ResolvedRuleset(variant, ruleset.Aliases, ruleset.BaseEdition), bag);
        var found = bag.ToSortedList();
        bound.ErrorCount = found.Count(d => d.IsError);
        diagnostics.AddRange(found.Where(d => d.IsError));
        return bound;
    }

    /// <summary>The names of the outputs neither the index nor a node reads, directly or through other outputs; none without an index.</summary>
    private static HashSet<string> OutputsTheIndexDoesNotRead(BoundRuleset ruleset)
    {
        if (ruleset.Index is not { } index)
        {
            return [];
        }

        var read = new HashSet<OutputSymbol> { index };
        var pending = new Stack<BoundExpression>([index.Formula, .. ruleset.Nodes.Where(n => n.Formula is not null).Select(n => n.Formula!)]);
        while (pending.TryPop(out var formula))
        {
            foreach (var reference in BoundTreeChildren.DescendantsAndSelf(formula).OfType<BoundOutputReference>())
            {
                if (read.Add(reference.Output))
                {
                    pending.Push(reference.Output.Formula);
                }
            }
        }

        return [.. ruleset.Outputs.Where(o => !read.Contains(o)).Select(o => o.Name)];
    }

    private static IEnumerable<PropertySyntax> WithPolicy(HeaderSyntax header, MissingPolicy policy)
    {
        var written = header.Properties.Any(p => p.Key.Name == "missing");
        foreach (var property in header.Properties)
        {
            yield return property.Key.Name == "missing" ? property with { ValueKind = PropertyValueKind.Identifier, Value = Name(policy) } : property;
        }

        if (!written)
        {
            yield return new PropertySyntax(new IdentifierSyntax("missing", header.Name.Span), PropertyValueKind.Identifier, Name(policy), header.Name.Span, header.Name.Span);
        }
    }

    private static NodeDeclarationSyntax Rewrite(NodeDeclarationSyntax node, MissingPolicy? policy, IReadOnlyDictionary<string, ExpressionSyntax> formulas) =>
        node with
        {
            Items = [.. node.Items.Select(item => item switch
            {
                NodeDeclarationSyntax child => Rewrite(child, policy, formulas),
                NodeMissingPolicySyntax missing when policy is { } chosen => missing with
                {
                    Policy = missing.Policy with { Policy = PolicyName(chosen, missing.Span) },
                },
                FormulaSyntax formula when formulas.TryGetValue(node.Name.Name, out var alternative) => formula with { Expression = alternative },
                _ => item,
            })],
        };

    private static IdentifierSyntax PolicyName(MissingPolicy policy, TextSpan span) => new(Name(policy), span);

    private static string Name(MissingPolicy policy) => policy switch
    {
        MissingPolicy.Error => "error",
        MissingPolicy.Zero => "zero",
        MissingPolicy.Exclude => "exclude",
        MissingPolicy.Mean => "mean",
    };
}
