using DtiRules.Language.Text;

namespace DtiRules.Data.Scenarios;

/// <summary>One value a what-if sets: a unit's field given a new value, with where it was written.</summary>
/// <param name="Unit">The unit as written.</param>
/// <param name="UnitLocation">Where the unit is written.</param>
/// <param name="Field">The input id.</param>
/// <param name="Value">The value as written, read as a data cell is.</param>
/// <param name="Location">Where the value is written.</param>
public sealed record DataSetting(string Unit, SourceLocation UnitLocation, string Field, string Value, SourceLocation Location);
