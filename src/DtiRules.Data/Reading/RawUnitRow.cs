using DtiRules.Language.Text;

namespace DtiRules.Data.Reading;

/// <summary>The cells a dataset gives for one unit, as written.</summary>
/// <param name="UnitText">The unit's name as written (trimmed, NFC).</param>
/// <param name="Location">Where the unit's name is written (in long form, its first row).</param>
/// <param name="Cells">The unit's cells, in file order.</param>
public sealed record RawUnitRow(string UnitText, SourceLocation Location, IReadOnlyList<RawCell> Cells);
