namespace DtiRules.Data.Units;

/// <summary>The 0-based position of each column of a unit map; -1 when absent.</summary>
/// <param name="FromCode">The code of the unit before the change.</param>
/// <param name="FromName">Its name, a check on the code (and how the 2025 map finds it).</param>
/// <param name="ToCode">The code of the unit after the change.</param>
/// <param name="ToName">Its name; in a map without <c>to_code</c>, one of the 34 provinces.</param>
internal sealed record MapColumns(int FromCode, int FromName, int ToCode, int ToName);
