using DtiRules.Data.Binding;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Evaluation;

namespace DtiRules.Cli;

/// <summary>Loads a ruleset and a dataset and scores them: the path every scoring command shares.</summary>
internal static class EditionScorer
{
    /// <summary>
    /// The result, or null when the ruleset or the data has errors (reported to
    /// <paramref name="diagnostics"/> with the scoring diagnostics).
    /// </summary>
    public static ScoringResult? Score(
        string rulesetPath, string dataPath, DiagnosticBag diagnostics, UnknownFields unknownFields, out IReadOnlyList<string> notes)
    {
        notes = [];
        var compilation = RulesetCompilation.FromFile(rulesetPath);
        diagnostics.AddRange(compilation.Diagnostics);
        if (compilation.HasErrors)
        {
            return null;
        }

        var data = DataLoader.Load(dataPath, compilation.Ruleset, diagnostics, out notes, unknownFields);
        if (data is null)
        {
            return null;
        }

        var result = new Interpreter(compilation.Ruleset).Score(data);
        diagnostics.AddRange(result.Diagnostics);
        return result;
    }
}
