using DtiRules.Language.Builtins;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Scoring;

/// <summary>What a scoring run leaves behind besides its diagnostics: every column it filled, and what a rescore needs to reuse its steps.</summary>
/// <param name="Inputs">Per input ordinal: the values used.</param>
/// <param name="InputFlags">Per input ordinal: the cells' flags.</param>
/// <param name="Points">Per node ordinal: the points.</param>
/// <param name="NodeFlags">Per node ordinal: the cells' flags.</param>
/// <param name="Outputs">Per output ordinal: the values, unrounded.</param>
/// <param name="CohortArguments">Per cohort slot: the argument, or null when never computed.</param>
/// <param name="CohortValues">Per cohort slot: the function's value per unit, or null when never computed.</param>
/// <param name="CohortFailures">Per cohort slot: the failures per unit, or null when there were none.</param>
/// <param name="StepDiagnostics">Per step (inputs, then nodes, then outputs, by ordinal): the diagnostics it reported; null for a run that was refused.</param>
internal sealed record RunColumns(
    Column[] Inputs,
    CellFlagColumn[] InputFlags,
    Column[] Points,
    CellFlagColumn[] NodeFlags,
    Column[] Outputs,
    Column?[] CohortArguments,
    Column?[] CohortValues,
    ScoringFailure[]?[] CohortFailures,
    Diagnostic[]?[]? StepDiagnostics);
