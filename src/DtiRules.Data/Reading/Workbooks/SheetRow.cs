namespace DtiRules.Data.Reading.Workbooks;

/// <summary>The written cells of one sheet row, in column order; empty cells are not listed.</summary>
/// <param name="Number">The 1-based row number.</param>
/// <param name="Cells">The cells that hold something.</param>
internal sealed record SheetRow(int Number, IReadOnlyList<SheetCell> Cells)
{
    /// <summary>The column of the last cell that is not blank, or 0.</summary>
    public int LastColumn => Cells.LastOrDefault(c => c.Text.Trim().Length > 0).Column;

    /// <summary>The text in <paramref name="column"/>, empty when the cell is not written.</summary>
    public string TextAt(int column) => Cells.FirstOrDefault(c => c.Column == column).Text ?? string.Empty;
}
