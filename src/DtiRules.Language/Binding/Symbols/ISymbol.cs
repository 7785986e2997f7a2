namespace DtiRules.Language.Binding.Symbols;

/// <summary>
/// A name a ruleset's formulas and declarations can refer to: an input, a node, an output, a level
/// type or one of its members, or a built-in function. Inputs, nodes and outputs share one namespace.
/// </summary>
public interface ISymbol
{
    /// <summary>The id as written in rulesets.</summary>
    string Name { get; }
}
