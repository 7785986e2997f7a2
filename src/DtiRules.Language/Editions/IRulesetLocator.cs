using DtiRules.Language.Syntax;

namespace DtiRules.Language.Editions;

/// <summary>Finds the ruleset an edition extends.</summary>
public interface IRulesetLocator
{
    /// <summary>The parsed ruleset with this id and edition, or null when there is none.</summary>
    SyntaxTree? Find(string id, int edition);
}
