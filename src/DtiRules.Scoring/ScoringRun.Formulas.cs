using DtiRules.Language.Builtins;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;

namespace DtiRules.Scoring;

public sealed partial class ScoringRun
{
    /// <summary>
    /// Has the engine compute formula <paramref name="number"/> into <paramref name="column"/> for
    /// the <paramref name="eligible"/> units, after the cohort calls it holds. Every failure is
    /// reported once, in unit order, against the unit where it happened: a failure of a cohort
    /// argument at a unit (its argument is evaluated for every unit first) comes before the
    /// formula's own, and the failed cell is flagged and has no value.
    /// </summary>
    private void EvaluateFormula(int number, string owner, SourceLocation location, bool[] eligible, Column column, CellFlagColumn flags)
    {
        var slots = _plan.SlotsOfFormula[number];
        var cohortFailed = false;
        foreach (var slot in slots)
        {
            cohortFailed |= ComputeCohort(slot) is not null;
        }

        var target = new FormulaTarget(eligible, column, _failures);
        _evaluator.Evaluate(number, _columns, target);
        if (target.FailureCount == 0 && !cohortFailed)
        {
            return;
        }

        for (var u = 0; u < _unitCount; u++)
        {
            var failure = _failures[u];
            _failures[u] = ScoringFailure.None;
            foreach (var slot in slots)
            {
                if (_cohortFailures[slot]?[u] is { } cohortFailure and not ScoringFailure.None)
                {
                    failure = cohortFailure;
                    break;
                }
            }

            if (failure == ScoringFailure.None)
            {
                continue;
            }

            _diagnostics.Report(Descriptor(failure), location, owner, _data.Units[u].Name);
            if (eligible[u])
            {
                column.Present[u] = false;
                flags.Add(u, CellFlags.Failed);
            }
        }
    }

    /// <summary>
    /// Computes the cohort call in <paramref name="slot"/> once per run: its argument for every unit
    /// by the engine, then the function over the units whose argument has a value. Returns the
    /// failures per unit, or null when there were none.
    /// </summary>
    private ScoringFailure[]? ComputeCohort(int slot)
    {
        if (_cohortValues[slot] is not null)
        {
            return _cohortFailures[slot];
        }

        // A rescore takes a call whose argument reads nothing that changed from the baseline, when the baseline computed it.
        if (_scope is { } scope && !scope.Slots[slot] && _baseline!.Cohort(slot) is { Values: not null } kept)
        {
            (_cohortArguments[slot], _cohortValues[slot], _cohortFailures[slot]) = kept;
            return _cohortFailures[slot];
        }

        var argument = new Column(_unitCount);
        var target = new FormulaTarget(_everyUnit, argument, _failures);
        _evaluator.Evaluate(FormulaNumbers.CohortArgument(_ruleset, slot), _columns, target);
        ScoringFailure[]? failures = null;
        if (target.FailureCount > 0)
        {
            failures = (ScoringFailure[])_failures.Clone();
            Array.Clear(_failures);
        }

        var function = _plan.CohortCalls[slot].Function;
        var sample = CohortSample.Of(argument);
        var values = new Column(_unitCount);
        for (var u = 0; u < _unitCount; u++)
        {
            if (!argument.Present[u])
            {
                continue;
            }

            try
            {
                values.Values[u] = function.ValueFor(sample, argument.Values[u]);
                values.Present[u] = true;
            }
            catch (DivideByZeroException)
            {
                (failures ??= new ScoringFailure[_unitCount])[u] = ScoringFailure.DivisionByZero;
            }
            catch (OverflowException)
            {
                (failures ??= new ScoringFailure[_unitCount])[u] = ScoringFailure.Overflow;
            }
        }

        _cohortArguments[slot] = argument;
        _cohortValues[slot] = values;
        return _cohortFailures[slot] = failures;
    }

    private static DiagnosticDescriptor Descriptor(ScoringFailure failure) => failure switch
    {
        ScoringFailure.DivisionByZero => DiagnosticDescriptors.DivisionByZero,
        ScoringFailure.Overflow => DiagnosticDescriptors.Overflow,
        ScoringFailure.None => throw new ArgumentOutOfRangeException(nameof(failure), "No failure to report."),
    };
}
