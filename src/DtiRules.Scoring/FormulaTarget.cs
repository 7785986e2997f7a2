using System.Runtime.ExceptionServices;
using DtiRules.Language.Builtins;

namespace DtiRules.Scoring;

/// <summary>
/// Where an engine writes one formula's column: for every unit marked in <see cref="Eligible"/>,
/// its value and presence, or a failure. Units not eligible must be left untouched.
/// </summary>
public sealed class FormulaTarget
{
    private readonly ScoringFailure[] _failures;

    internal FormulaTarget(bool[] eligible, Column column, ScoringFailure[] failures)
    {
        Eligible = eligible;
        Values = column.Values;
        Present = column.Present;
        _failures = failures;
    }

    /// <summary>The units to compute: not given, without a given ancestor.</summary>
    public bool[] Eligible { get; }

    /// <summary>Each eligible unit's value, where it is present.</summary>
    public decimal[] Values { get; }

    /// <summary>Whether each eligible unit has a value (false when data it reads is missing).</summary>
    public bool[] Present { get; }

    /// <summary>How many units failed.</summary>
    public int FailureCount { get; private set; }

    /// <summary>Records that the formula failed for <paramref name="unit"/>, which then has no value.</summary>
    public void Fail(int unit, ScoringFailure failure)
    {
        Present[unit] = false;
        _failures[unit] = failure;
        FailureCount++;
    }

    /// <summary>
    /// Records the failure <paramref name="exception"/> stands for at <paramref name="unit"/>: division
    /// by zero or overflow, the only ones decimal arithmetic raises. Any other is rethrown.
    /// </summary>
    public void Fail(int unit, ArithmeticException exception)
    {
        switch (exception)
        {
            case DivideByZeroException:
                Fail(unit, ScoringFailure.DivisionByZero);
                break;
            case OverflowException:
                Fail(unit, ScoringFailure.Overflow);
                break;
            default:
                ExceptionDispatchInfo.Throw(exception);
                break;
        }
    }
}
