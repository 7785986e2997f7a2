using DtiRules.Analysis.Editions;
using DtiRules.Cli.Resources;
using DtiRules.Scoring;

namespace DtiRules.Cli.Output;

/// <summary>A rescore matrix as text cells, for its table, CSV and workbook sheet.</summary>
internal static class RescoreGrid
{
    /// <summary>The flat form: unit, code, then per edition its index value and rank, then the shifts.</summary>
    public static TextGrid Of(RescoreMatrix matrix)
    {
        var columns = new List<string> { "unit", "code" };
        var headers = new List<string> { Texts.Compare.Get(nameof(CompareText.ColumnUnit)), Texts.Compare.Get(nameof(CompareText.ColumnCode)) };
        foreach (var edition in matrix.Editions)
        {
            columns.Add($"{edition.Label}.{edition.Result.Ruleset.Index?.Name}");
            columns.Add($"{edition.Label}.rank");
            headers.Add(Texts.Compare.Format(nameof(CompareText.ColumnEditionValue), edition.Label));
            headers.Add(Texts.Compare.Format(nameof(CompareText.ColumnEditionRank), edition.Label));
        }

        columns.AddRange(matrix.ShiftLabels);
        headers.AddRange(matrix.ShiftLabels.Select(shift => Texts.Compare.Format(nameof(CompareText.ColumnShift), shift)));
        var rows = matrix.Rows.Select(row =>
        {
            var cells = new List<string> { row.Unit.Name, row.Unit.Code };
            for (var e = 0; e < matrix.Editions.Count; e++)
            {
                cells.Add(ResultNumbers.Value(row.Values[e], matrix.Editions[e].Result.Ruleset.Header.Rounding));
                cells.Add(ResultNumbers.Rank(row.Ranks[e]));
            }

            cells.AddRange(row.Shifts.Select(ResultNumbers.RankShift));
            return (IReadOnlyList<string>)cells;
        }).ToList();
        return new TextGrid(columns, rows, textColumns: 2) { Headers = headers };
    }
}
