using System.Globalization;
using DtiRules.Analysis.Editions;
using DtiRules.Cli.Resources;
using DtiRules.Scoring;

namespace DtiRules.Cli.Output;

/// <summary>A comparison of two editions on two datasets as text cells, for its table, CSV and workbook sheet.</summary>
internal static class ComparisonGrid
{
    private static readonly string[] FullColumns =
    [
        "data_effect.data_first", "methodology_effect.data_first", "data_effect.rules_first", "methodology_effect.rules_first",
        "rank.a_old", "rank.a_new", "rank.b_old", "rank.b_new", "order",
    ];

    /// <summary>
    /// The flat form: unit, code, values and ranks before and after, the change and its two effects,
    /// the rank change and its two parts, components up and down; with <paramref name="full"/> (for
    /// files) also each order's split, the rank in the four states and the order on every row.
    /// </summary>
    public static TextGrid Of(EditionComparison comparison, bool full)
    {
        var digits = comparison.Digits;
        string[] columns =
        [
            "unit", "code", "old_value", "new_value", "old_rank", "new_rank", "change", "data_effect", "methodology_effect",
            "rank_change", "rank_data_effect", "rank_methodology_effect", "components_up", "components_down",
            .. full ? FullColumns : Array.Empty<string>(),
        ];
        var rows = comparison.Rows.Select(r => (IReadOnlyList<string>)
        [
            r.Unit.Name, r.Unit.Code,
            ResultNumbers.Value(r.OldValue, digits), ResultNumbers.Value(r.NewValue, digits),
            ResultNumbers.Rank(r.OldRank), ResultNumbers.Rank(r.NewRank),
            ResultNumbers.Change(r.Change?.Total, digits), ResultNumbers.Change(r.Change?.DataEffect, digits), ResultNumbers.Change(r.Change?.MethodologyEffect, digits),
            Places(r.RankChange?.Total), Places(r.RankChange?.DataEffect), Places(r.RankChange?.MethodologyEffect),
            r.ComponentsUp.ToString(CultureInfo.InvariantCulture), r.ComponentsDown.ToString(CultureInfo.InvariantCulture),
            .. full ? FullCells(comparison, r) : Array.Empty<string>(),
        ]).ToList();
        return new TextGrid(columns, rows, textColumns: 2) { Headers = full ? null : Headers() };
    }

    /// <summary>The headers of the table people read (the flat form without the files' extra columns).</summary>
    private static string[] Headers() =>
    [
        .. new[]
        {
            nameof(CompareText.ColumnUnit), nameof(CompareText.ColumnCode), nameof(CompareText.ColumnOldValue), nameof(CompareText.ColumnNewValue),
            nameof(CompareText.ColumnOldRank), nameof(CompareText.ColumnNewRank), nameof(CompareText.ColumnChange), nameof(CompareText.ColumnDataEffect),
            nameof(CompareText.ColumnMethodologyEffect), nameof(CompareText.ColumnRankChange), nameof(CompareText.ColumnRankDataEffect),
            nameof(CompareText.ColumnRankMethodologyEffect), nameof(CompareText.ColumnComponentsUp), nameof(CompareText.ColumnComponentsDown),
        }.Select(Texts.Compare.Get),
    ];

    private static string[] FullCells(EditionComparison comparison, ComparisonRow r) =>
    [
        ResultNumbers.Change(r.DataFirst?.DataEffect, comparison.Digits), ResultNumbers.Change(r.DataFirst?.MethodologyEffect, comparison.Digits),
        ResultNumbers.Change(r.RulesFirst?.DataEffect, comparison.Digits), ResultNumbers.Change(r.RulesFirst?.MethodologyEffect, comparison.Digits),
        ResultNumbers.Rank(r.Ranks.OldRulesOldData), ResultNumbers.Rank(r.Ranks.OldRulesNewData),
        ResultNumbers.Rank(r.Ranks.NewRulesOldData), ResultNumbers.Rank(r.Ranks.NewRulesNewData), comparison.OrderName,
    ];

    /// <summary>Places gained, signed, with a decimal only for a half place.</summary>
    private static string Places(decimal? places) =>
        places is not { } p ? string.Empty : (p > 0 ? "+" : string.Empty) + ResultNumbers.Normalize(p).ToString(CultureInfo.InvariantCulture);
}
