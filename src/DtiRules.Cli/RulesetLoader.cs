using DtiRules.Language.Binding;

namespace DtiRules.Cli;

/// <summary>Loads a ruleset file, naming it by the path the user typed.</summary>
internal static class RulesetLoader
{
    public static RulesetCompilation Load(string path) => RulesetCompilation.FromFile(path);
}
