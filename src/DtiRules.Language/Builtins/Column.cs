using System.Collections;

namespace DtiRules.Language.Builtins;

/// <summary>
/// One value per unit, stored as values plus a presence mask: a unit whose value is missing has
/// <see cref="Present"/> false (and a meaningless entry in <see cref="Values"/>). Engines read and
/// write the arrays directly; everyone else reads it as a list of nullable values.
/// </summary>
public sealed class Column : IReadOnlyList<decimal?>
{
    /// <summary>A column of <paramref name="count"/> units, every value missing.</summary>
    public Column(int count)
    {
        Values = new decimal[count];
        Present = new bool[count];
    }

    /// <summary>Each unit's value; meaningful only where <see cref="Present"/> is true.</summary>
    public decimal[] Values { get; }

    /// <summary>True where the unit has a value.</summary>
    public bool[] Present { get; }

    /// <summary>The number of units.</summary>
    public int Count => Values.Length;

    /// <summary>The unit's value, or null when missing.</summary>
    public decimal? this[int unit] => Present[unit] ? Values[unit] : null;

    /// <summary>A column holding <paramref name="values"/>.</summary>
    public static Column From(IReadOnlyList<decimal?> values)
    {
        var column = new Column(values.Count);
        for (var u = 0; u < values.Count; u++)
        {
            column.Set(u, values[u]);
        }

        return column;
    }

    /// <summary>A copy, to change without changing this column.</summary>
    public Column Clone()
    {
        var copy = new Column(Count);
        Values.CopyTo(copy.Values, 0);
        Present.CopyTo(copy.Present, 0);
        return copy;
    }

    /// <summary>Sets the unit's value (null: missing).</summary>
    public void Set(int unit, decimal? value)
    {
        Present[unit] = value.HasValue;
        Values[unit] = value.GetValueOrDefault();
    }

    /// <inheritdoc />
    public IEnumerator<decimal?> GetEnumerator()
    {
        for (var u = 0; u < Values.Length; u++)
        {
            yield return this[u];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
