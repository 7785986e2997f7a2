using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Data.Testing;

/// <summary>
/// The problems of the unit list a ruleset names, as <c>dti check</c> and the language server both
/// report them: a list that cannot be read or has bad rows, and test units the list lacks.
/// </summary>
public static class UnitListCheck
{
    /// <summary>Reports the problems of the list <paramref name="lists"/> finds for <paramref name="ruleset"/>, then checks its tests' unit names against it.</summary>
    public static void Run(BoundRuleset ruleset, UnitListLoader lists, DiagnosticBag diagnostics)
    {
        // A header with errors names no list reliably.
        if (!ruleset.Header.HasErrors && lists.For(ruleset.Header, diagnostics) is { } list)
        {
            RulesetTestRunner.CheckUnitNames(ruleset, list, diagnostics);
        }
    }
}
