using System.Collections;
using DtiRules.Language.Text;

namespace DtiRules.Data.Reading;

/// <summary>
/// The cells of one row of a wide table, made on demand from the record's texts and the table's
/// <see cref="WideColumns"/>: a cell and its position exist only while they are used, so a large
/// file costs about its texts, not an object and a position per cell.
/// </summary>
/// <param name="columns">The table's columns.</param>
/// <param name="texts">The record's cells as read (the unit's first).</param>
/// <param name="line">The record's line (or sheet row).</param>
internal sealed class WideRowCells(WideColumns columns, PackedCells texts, int line) : IReadOnlyList<RawCell>
{
    /// <summary>The table's columns.</summary>
    public WideColumns Columns { get; } = columns;

    /// <summary>The same cells read through <paramref name="kept"/>, the table's columns less some.</summary>
    public WideRowCells With(WideColumns kept) => new(kept, texts, line);

    /// <inheritdoc />
    public int Count => Columns.Fields.Count;

    /// <inheritdoc />
    public RawCell this[int index]
    {
        get
        {
            var column = Columns.Indexes[index];
            return new RawCell(Columns.Fields[index], texts[column], new SourceLocation(Columns.Path, line, column + 1));
        }
    }

    /// <inheritdoc />
    public IEnumerator<RawCell> GetEnumerator()
    {
        for (var index = 0; index < Count; index++)
        {
            yield return this[index];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
