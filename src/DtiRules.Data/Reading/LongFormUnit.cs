using DtiRules.Language.Text;

namespace DtiRules.Data.Reading;

/// <summary>The cells gathered for one unit while reading a long-form CSV.</summary>
/// <param name="UnitText">The unit as first written.</param>
/// <param name="Location">The first row naming the unit.</param>
internal sealed record LongFormUnit(string UnitText, SourceLocation Location)
{
    /// <summary>The unit's cells, in file order.</summary>
    public List<RawCell> Cells { get; } = [];

    /// <summary>The line on which each field was first given for this unit.</summary>
    public Dictionary<string, int> FieldLines { get; } = new(StringComparer.Ordinal);
}
