using System.Globalization;
using DtiRules.Analysis.Editions;
using DtiRules.Scoring;

namespace DtiRules.Cli.Output;

/// <summary>A comparison of two editions on two datasets as text cells, for its table, CSV and workbook sheet.</summary>
internal static class ComparisonGrid
{
    /// <summary>
    /// The flat form: unit, code, values and ranks before and after, the change and its two effects,
    /// components up and down, and with <paramref name="withOrder"/> the order on every row (for CSV, which has no notes).
    /// </summary>
    public static TextGrid Of(EditionComparison comparison, bool withOrder)
    {
        var digits = comparison.Digits;
        string[] columns = ["unit", "code", "old_value", "new_value", "old_rank", "new_rank", "change", "data_effect", "methodology_effect", "components_up", "components_down", .. withOrder ? ["order"] : Array.Empty<string>()];
        var rows = comparison.Rows.Select(r => (IReadOnlyList<string>)
        [
            r.Unit.Name, r.Unit.Code,
            ResultNumbers.Value(r.OldValue, digits), ResultNumbers.Value(r.NewValue, digits),
            ResultNumbers.Rank(r.OldRank), ResultNumbers.Rank(r.NewRank),
            ResultNumbers.Change(r.Change?.Total, digits), ResultNumbers.Change(r.Change?.DataEffect, digits), ResultNumbers.Change(r.Change?.MethodologyEffect, digits),
            r.ComponentsUp.ToString(CultureInfo.InvariantCulture), r.ComponentsDown.ToString(CultureInfo.InvariantCulture),
            .. withOrder ? [comparison.OrderName] : Array.Empty<string>(),
        ]).ToList();
        return new TextGrid(columns, rows, TextColumns: 2);
    }
}
