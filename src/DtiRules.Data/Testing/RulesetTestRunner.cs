using DtiRules.Data.Binding;
using DtiRules.Data.Reading;
using DtiRules.Data.Resources;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Binding.Tests;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;
using DtiRules.Scoring;

namespace DtiRules.Data.Testing;

/// <summary>
/// Runs a ruleset's test blocks: each test's units become a dataset read exactly like a data file
/// (same unit names, cell parsing and positioned errors, pointing into the ruleset), scored by the
/// engine the caller chose, and every expectation compared.
/// </summary>
public static class RulesetTestRunner
{
    /// <summary>Runs every test of <paramref name="ruleset"/>, which must have no errors, naming units of <paramref name="units"/>, scored by <paramref name="scorers"/>' engine.</summary>
    public static IReadOnlyList<TestOutcome> Run(BoundRuleset ruleset, UnitList units, IScorerFactory scorers) => [.. ruleset.Tests.Select(t => Run(ruleset, t, units, scorers))];

    /// <summary>Runs one test.</summary>
    public static TestOutcome Run(BoundRuleset ruleset, RulesetTest test, UnitList units, IScorerFactory scorers)
    {
        var diagnostics = new DiagnosticBag();

        var rows = test.Units.Select(u => new RawUnitRow(u.Name, u.Location, [.. u.Cells.Select(c => new RawCell(c.Field, c.Value, c.Location))]));
        var raw = new RawDataset(test.Location.Path, [.. rows], DecimalComma: false, []);
        if (DatasetBinder.Bind(raw, ruleset.Schema, units, diagnostics) is not { } data)
        {
            return new TestOutcome(test, [], diagnostics.ToSortedList());
        }

        var result = scorers.Create(ruleset, data.Units.Count).Score(data);
        diagnostics.AddRange(result.Diagnostics.Where(d => d.IsError));
        var outcomes = new List<ExpectationOutcome>();
        foreach (var expectation in test.Expectations)
        {
            if (units.Resolve(expectation.Unit, expectation.Location, diagnostics) is not { } unit)
            {
                continue;
            }

            if (FindUnit(result, unit.Code) is not { } index)
            {
                diagnostics.Report(DataDiagnostics.UnknownUnit, expectation.Location, expectation.Unit, " " + DiagnosticTexts.Phrase(nameof(DiagnosticText.NotAmongTestUnits)), units.Name);
                continue;
            }

            var actual = Actual(result, expectation, index);
            outcomes.Add(new ExpectationOutcome(expectation, actual, expectation.IsMetBy(actual)));
        }

        return new TestOutcome(test, outcomes, diagnostics.ToSortedList());
    }

    /// <summary>
    /// Reports, without scoring, every unit name of <paramref name="ruleset"/>'s tests that does not
    /// name one unit of <paramref name="units"/> (unknown or ambiguous), and every expectation about a
    /// unit the test does not give, as running the tests would.
    /// </summary>
    public static void CheckUnitNames(BoundRuleset ruleset, UnitList units, DiagnosticBag diagnostics)
    {
        foreach (var test in ruleset.Tests)
        {
            var given = test.Units
                .Select(u => units.Resolve(u.Name, u.Location, diagnostics))
                .OfType<Unit>()
                .Select(u => u.Code)
                .ToHashSet(StringComparer.Ordinal);
            foreach (var expectation in test.Expectations)
            {
                if (units.Resolve(expectation.Unit, expectation.Location, diagnostics) is { } unit && !given.Contains(unit.Code))
                {
                    diagnostics.Report(DataDiagnostics.UnknownUnit, expectation.Location, expectation.Unit, " " + DiagnosticTexts.Phrase(nameof(DiagnosticText.NotAmongTestUnits)), units.Name);
                }
            }
        }
    }

    private static int? FindUnit(ScoringResult result, string code)
    {
        for (var u = 0; u < result.Units.Count; u++)
        {
            if (result.Units[u].Code == code)
            {
                return u;
            }
        }

        return null;
    }

    private static decimal? Actual(ScoringResult result, TestExpectation expectation, int unit) => expectation.Kind switch
    {
        ExpectationKind.Points => result.Points(expectation.Node!, unit),
        ExpectationKind.NodeValue => result.NodeValue(expectation.Node!, unit),
        ExpectationKind.OutputValue => result.OutputValue(expectation.Output!, unit),
        ExpectationKind.Rank => result.Rank(expectation.Output!, unit),
    };
}
