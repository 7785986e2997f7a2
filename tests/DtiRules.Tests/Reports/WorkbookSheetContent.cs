namespace DtiRules.Tests.Reports;

/// <summary>One sheet as read back: rows of (stored text, number format) and whether row 1 is frozen.</summary>
internal sealed record WorkbookSheetContent(string Name, IReadOnlyList<IReadOnlyList<(string Text, string Format)>> Rows, bool HeaderFrozen)
{
    public IReadOnlyList<string> Header => [.. Rows[0].Select(c => c.Text)];

    /// <summary>Data rows as column name → stored text.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Records =>
        [.. Rows.Skip(1).Select(r => (IReadOnlyDictionary<string, string>)Header.Select((h, i) => (h, i < r.Count ? r[i].Text : string.Empty)).ToDictionary(p => p.h, p => p.Item2))];
}
