using DtiRules.Language.Text;

namespace DtiRules.Data.Units;

/// <summary>One row of a unit list as written, before parents are looked up.</summary>
/// <param name="Line">The row's line (or sheet row).</param>
/// <param name="Code">The code, trimmed.</param>
/// <param name="Name">The name, trimmed, NFC.</param>
/// <param name="Aliases">The other spellings.</param>
/// <param name="Kind">The unit kind (the ruleset's when the cell is empty).</param>
/// <param name="Parent">The parent's code as written, or empty.</param>
/// <param name="Columns">Where the list's columns are.</param>
/// <param name="Path">The path positions carry.</param>
internal sealed record ListRow(int Line, string Code, string Name, IReadOnlyList<string> Aliases, string Kind, string Parent, ListColumns Columns, string Path)
{
    /// <summary>The position of this row's cell in <paramref name="column"/> (the name's when the column is absent).</summary>
    public SourceLocation At(int column) => new(Path, Line, (column < 0 ? Columns.Name : column) + 1);
}
