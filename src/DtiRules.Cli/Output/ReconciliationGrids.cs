using DtiRules.Analysis.Reconciliation;
using DtiRules.Analysis.Wording;
using DtiRules.Cli.Resources;
using DtiRules.Scoring;

namespace DtiRules.Cli.Output;

/// <summary>A reconciliation flattened to text cells, shared by its table, CSV and workbook so all show the same columns.</summary>
internal static class ReconciliationGrids
{
    /// <summary>
    /// Every line of every unit: <c>level,id,code,label,max</c>, one points column per round,
    /// <c>difference,value_effect</c>, then the note columns under their own headers; with several
    /// units a <c>unit</c> column first. Each unit's index row, its groups, then its criteria by gap.
    /// </summary>
    public static TextGrid Lines(Reconciliation reconciliation, Func<ReconciliationRow, bool>? keep = null)
    {
        var several = reconciliation.Units.Count > 1;
        var columns = new List<string>();
        var headers = new List<string>();
        if (several)
        {
            columns.Add("unit");
            headers.Add(Say(nameof(ReconcileTableText.ColumnUnit)));
        }

        columns.AddRange(["level", "id", "code", "label", "max", .. reconciliation.RoundIds, "difference", "value_effect", .. reconciliation.NoteHeaders]);
        headers.AddRange(
        [
            Say(nameof(ReconcileTableText.ColumnLevel)), Say(nameof(ReconcileTableText.ColumnId)), Say(nameof(ReconcileTableText.ColumnCode)),
            Say(nameof(ReconcileTableText.ColumnLabel)), Say(nameof(ReconcileTableText.ColumnMax)), .. reconciliation.RoundIds.Select(id => RoundName.Of(id).ToString()),
            Say(nameof(ReconcileTableText.ColumnDifference)), Say(nameof(ReconcileTableText.ColumnValueEffect)), .. reconciliation.NoteHeaders,
        ]);
        var rows = new List<IReadOnlyList<string>>();
        var levels = new List<Phrase>();
        foreach (var unit in reconciliation.Units)
        {
            foreach (var row in new[] { unit.Index }.Concat(unit.Groups).Concat(unit.Criteria).Where(r => keep?.Invoke(r) ?? true))
            {
                var cells = new List<string>();
                if (several)
                {
                    cells.Add(unit.Unit.Name);
                }

                cells.AddRange([Level(row.Level), row.Id, row.Code, row.Label, ResultNumbers.Points(row.Max), .. row.Points.Select(ResultNumbers.Points), Signed(row.Difference), Effect(row), .. row.Notes]);
                rows.Add(cells);
                levels.Add(LevelWords(row.Level));
            }
        }

        // Unit, level, id, code and label are text, the points and their effects numbers, the notes text again.
        var numbers = (First: several ? 5 : 4, Count: 3 + reconciliation.RoundIds.Count);
        GridColumnKind[] kinds = [.. columns.Select((_, c) => c >= numbers.First && c < numbers.First + numbers.Count ? GridColumnKind.Number : GridColumnKind.Text)];
        var levelColumn = several ? 1 : 0;
        return new TextGrid(columns, rows, kinds) { Headers = headers, Words = new Dictionary<int, IReadOnlyList<Phrase>> { [levelColumn] = levels } };
    }

    /// <summary>The positions, among the rows of <see cref="Lines"/> with the same <paramref name="keep"/>, of the lines whose difference is not zero.</summary>
    public static IReadOnlySet<int> Differing(Reconciliation reconciliation, Func<ReconciliationRow, bool>? keep = null) =>
        reconciliation.Units
            .SelectMany(unit => new[] { unit.Index }.Concat(unit.Groups).Concat(unit.Criteria))
            .Where(r => keep?.Invoke(r) ?? true)
            .Select((row, position) => (row, position))
            .Where(r => r.row.Differs)
            .Select(r => r.position)
            .ToHashSet();

    /// <summary>The units, the largest gap first: each round's value and rank, the changes, the points lost and gained.</summary>
    public static TextGrid Units(Reconciliation reconciliation)
    {
        var (first, second) = (reconciliation.RoundIds[0], reconciliation.RoundIds[1]);
        string[] columns =
        [
            "unit", $"{first}_value", $"{second}_value", "value_difference", $"{first}_rank", $"{second}_rank", "rank_shift",
            "criteria_differing", "points_lost", "points_gained",
        ];
        var (firstName, secondName) = (RoundName.Of(first), RoundName.Of(second));
        string[] headers =
        [
            Say(nameof(ReconcileTableText.ColumnUnit)), Say(nameof(ReconcileTableText.ColumnRoundValue), firstName), Say(nameof(ReconcileTableText.ColumnRoundValue), secondName),
            Say(nameof(ReconcileTableText.ColumnValueDifference)), Say(nameof(ReconcileTableText.ColumnRoundRank), firstName), Say(nameof(ReconcileTableText.ColumnRoundRank), secondName),
            Say(nameof(ReconcileTableText.ColumnRankShift)), Say(nameof(ReconcileTableText.ColumnCriteriaDiffering)), Say(nameof(ReconcileTableText.ColumnPointsLost)),
            Say(nameof(ReconcileTableText.ColumnPointsGained)),
        ];
        var rows = reconciliation.UnitsByGap.Select(u => (IReadOnlyList<string>)
        [
            u.Unit.Name, ResultNumbers.Value(u.Values[0], 4), ResultNumbers.Value(u.Values[1], 4), ResultNumbers.Change(u.Index.ValueEffect, 4),
            ResultNumbers.Rank(u.Ranks[0]), ResultNumbers.Rank(u.Ranks[1]), ResultNumbers.RankShift(u.RankEffect),
            u.CriteriaDiffering.ToString(System.Globalization.CultureInfo.InvariantCulture), ResultNumbers.Points(u.PointsLost), ResultNumbers.Points(u.PointsGained),
        ]).ToList();
        return new TextGrid(columns, rows, 1) { Headers = headers };
    }

    private static string Level(ReconciliationLevel level) => level switch
    {
        ReconciliationLevel.Index => "index",
        ReconciliationLevel.Group => "group",
        ReconciliationLevel.Criterion => "criterion",
    };

    private static Phrase LevelWords(ReconciliationLevel level) => Phrase.Of(Texts.Reconcile, level switch
    {
        ReconciliationLevel.Index => nameof(ReconcileTableText.LevelIndex),
        ReconciliationLevel.Group => nameof(ReconcileTableText.LevelGroup),
        ReconciliationLevel.Criterion => nameof(ReconcileTableText.LevelCriterion),
    });

    private static string Say(string key, params object?[] args) => Texts.Reconcile.Format(key, args);

    private static string Signed(decimal? points) => points is > 0m ? "+" + ResultNumbers.Points(points) : ResultNumbers.Points(points);

    // The index row's effect is the change of the published value; a group's or criterion's, its points over the scale.
    private static string Effect(ReconciliationRow row) =>
        row.Level == ReconciliationLevel.Index ? ResultNumbers.Change(row.ValueEffect, 4) : row.ValueEffect is { } effect ? (effect > 0m ? "+" : string.Empty) + Math.Round(effect, 6, MidpointRounding.AwayFromZero).ToString("0.######", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
}
