using System.Globalization;
using DtiRules.Data.Reading.Criteria;
using DtiRules.Data.Resources;
using DtiRules.Language.Binding;
using DtiRules.Language.Schema;

namespace DtiRules.Data.Reports.Workbooks;

/// <summary>
/// The names a person reads in a workbook: sheet names and column headers in the language of the
/// command, a node or output shown by its label with its id. Sheets are built with the stable column
/// names the CSV has (<c>rank</c>, <c>unit</c>, <c>nt_01.points</c>); <see cref="Translate"/> gives
/// them the headers and name a person reads, and a name or column this class does not know (a round's
/// id, a note column an office named, an edition's label) is data and stays as it is.
/// </summary>
public static class WorkbookVocabulary
{
    private static readonly Dictionary<string, string> Sheets = new(StringComparer.Ordinal)
    {
        ["ranking"] = nameof(WorkbookText.SheetRanking),
        ["main_indices"] = nameof(WorkbookText.SheetMainIndices),
        ["flags"] = nameof(WorkbookText.SheetFlags),
        ["nodes"] = nameof(WorkbookText.SheetNodes),
        ["notes"] = nameof(WorkbookText.SheetNotes),
        ["unit_notes"] = nameof(WorkbookText.SheetUnitNotes),
        ["comparison"] = nameof(WorkbookText.SheetComparison),
        ["rescore"] = nameof(WorkbookText.SheetRescore),
        ["changes"] = nameof(WorkbookText.SheetChanges),
        ["effect"] = nameof(WorkbookText.SheetEffect),
        ["reconcile"] = nameof(WorkbookText.SheetReconcile),
        ["differing"] = nameof(WorkbookText.SheetDiffering),
        ["units"] = nameof(WorkbookText.SheetUnits),
        ["indices"] = nameof(WorkbookText.SheetIndices),
        ["whatif"] = nameof(WorkbookText.SheetWhatIf),
        ["by_change"] = nameof(WorkbookText.SheetByChange),
    };

    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        ["rank"] = nameof(WorkbookText.Rank),
        ["unit"] = nameof(WorkbookText.Unit),
        ["code"] = nameof(WorkbookText.Code),
        ["kind"] = nameof(WorkbookText.Kind),
        ["parent"] = nameof(WorkbookText.Parent),
        ["parent_code"] = nameof(WorkbookText.ParentCode),
        ["rank_in_parent"] = nameof(WorkbookText.RankInParent),
        ["coverage"] = nameof(WorkbookText.Coverage),
        ["flags"] = nameof(WorkbookText.Flags),
        ["cell"] = nameof(WorkbookText.Cell),
        ["flag"] = nameof(WorkbookText.Flag),
        ["id"] = nameof(WorkbookText.NodeId),
        ["label"] = nameof(WorkbookText.Label),
        ["level"] = nameof(WorkbookText.Level),
        ["max_points"] = nameof(WorkbookText.MaxPoints),
        ["max"] = nameof(WorkbookText.MaxPoints),
        ["note"] = nameof(WorkbookText.Note),
        ["old_value"] = nameof(WorkbookText.OldValue),
        ["new_value"] = nameof(WorkbookText.NewValue),
        ["old_rank"] = nameof(WorkbookText.OldRank),
        ["new_rank"] = nameof(WorkbookText.NewRank),
        ["change"] = nameof(WorkbookText.Change),
        ["data_effect"] = nameof(WorkbookText.DataEffect),
        ["methodology_effect"] = nameof(WorkbookText.MethodologyEffect),
        ["rank_change"] = nameof(WorkbookText.RankChange),
        ["rank_data_effect"] = nameof(WorkbookText.RankDataEffect),
        ["rank_methodology_effect"] = nameof(WorkbookText.RankMethodologyEffect),
        ["components_up"] = nameof(WorkbookText.ComponentsUp),
        ["components_down"] = nameof(WorkbookText.ComponentsDown),
        ["data_effect.data_first"] = nameof(WorkbookText.DataEffectDataFirst),
        ["methodology_effect.data_first"] = nameof(WorkbookText.MethodologyEffectDataFirst),
        ["data_effect.rules_first"] = nameof(WorkbookText.DataEffectRulesFirst),
        ["methodology_effect.rules_first"] = nameof(WorkbookText.MethodologyEffectRulesFirst),
        ["rank.a_old"] = nameof(WorkbookText.RankOldRulesOldData),
        ["rank.a_new"] = nameof(WorkbookText.RankOldRulesNewData),
        ["rank.b_old"] = nameof(WorkbookText.RankNewRulesOldData),
        ["rank.b_new"] = nameof(WorkbookText.RankNewRulesNewData),
        ["order"] = nameof(WorkbookText.Order),
        ["contribution"] = nameof(WorkbookText.Contribution),
        ["on_old_data"] = nameof(WorkbookText.OnOldData),
        ["on_new_data"] = nameof(WorkbookText.OnNewData),
        ["error"] = nameof(WorkbookText.StandardError),
        ["data_missing"] = nameof(WorkbookText.DataMissing),
        ["missing_data_effect"] = nameof(WorkbookText.MissingDataEffect),
        ["value"] = nameof(WorkbookText.Value),
        ["rank_median"] = nameof(WorkbookText.RankMedian),
        ["rank_p05"] = nameof(WorkbookText.RankP05),
        ["rank_p95"] = nameof(WorkbookText.RankP95),
        ["value_p05"] = nameof(WorkbookText.ValueP05),
        ["value_p95"] = nameof(WorkbookText.ValueP95),
        ["p_top"] = nameof(WorkbookText.TopShare),
        ["stability"] = nameof(WorkbookText.Stability),
        ["factor"] = nameof(WorkbookText.Factor),
        ["first_order"] = nameof(WorkbookText.FirstOrder),
        ["first_order_ci"] = nameof(WorkbookText.FirstOrderInterval),
        ["total"] = nameof(WorkbookText.Total),
        ["total_ci"] = nameof(WorkbookText.TotalInterval),
        ["difference"] = nameof(WorkbookText.Difference),
        ["value_effect"] = nameof(WorkbookText.ValueEffect),
        ["value_difference"] = nameof(WorkbookText.ValueDifference),
        ["rank_shift"] = nameof(WorkbookText.RankShift),
        ["criteria_differing"] = nameof(WorkbookText.CriteriaDiffering),
        ["points_lost"] = nameof(WorkbookText.PointsLost),
        ["points_gained"] = nameof(WorkbookText.PointsGained),
        ["value_before"] = nameof(WorkbookText.ValueBefore),
        ["rank_before"] = nameof(WorkbookText.RankBefore),
        ["set"] = nameof(WorkbookText.IsSet),
        ["path"] = nameof(WorkbookText.Path),
        ["old"] = nameof(WorkbookText.Old),
        ["new"] = nameof(WorkbookText.New),
        ["description"] = nameof(WorkbookText.Description),
        ["value_change"] = nameof(WorkbookText.ValueChange),
    };

    /// <summary>The rounds of an assessment the criteria readers name (the ids <c>--rounds</c> takes).</summary>
    private static readonly Dictionary<string, string> Rounds = new(StringComparer.Ordinal)
    {
        [CriteriaHeaders.Self] = nameof(WorkbookText.RoundSelf),
        [CriteriaHeaders.Appraised] = nameof(WorkbookText.RoundAppraised),
        [CriteriaHeaders.Official] = nameof(WorkbookText.RoundOfficial),
    };

    private const string LevelPrefix = "level_";
    private const string RankSuffix = ".rank";
    private const string RoundValueSuffix = "_value";
    private const string RoundRankSuffix = "_rank";

    /// <summary>The labels of <paramref name="ruleset"/>'s nodes and outputs by id, for the headers of columns named by id.</summary>
    public static IReadOnlyDictionary<string, string> Labels(BoundRuleset ruleset)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var output in ruleset.Outputs)
        {
            labels[output.Name] = output.Label;
        }

        foreach (var node in ruleset.Nodes)
        {
            labels[node.Name] = node.Label;
        }

        return labels;
    }

    /// <summary>
    /// <paramref name="sheet"/> as a person reads it: its name and headers translated, columns named by
    /// a node or output id headed by the label in <paramref name="labels"/>.
    /// </summary>
    public static WorkbookSheet Translate(WorkbookSheet sheet, IReadOnlyDictionary<string, string>? labels = null) =>
        sheet with { Name = SheetName(sheet.Name), Headers = [.. sheet.Columns.Select(c => Header(c, labels))] };

    /// <summary>The notes sheet (<c>notes</c>, one note per row under <c>note</c>), translated.</summary>
    public static WorkbookSheet Notes(IEnumerable<string> notes) => Translate(WorkbookSheet.Lines("notes", "note", notes));

    /// <summary>The sheet name <paramref name="name"/> in the language of the command.</summary>
    public static string SheetName(string name)
    {
        if (Sheets.TryGetValue(name, out var key))
        {
            return Texts.Workbook.Get(key);
        }

        return name.StartsWith(LevelPrefix, StringComparison.Ordinal) && int.TryParse(name.AsSpan(LevelPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var level)
            ? Texts.Workbook.Format(nameof(WorkbookText.SheetLevel), level)
            : name;
    }

    /// <summary>The header of the column <paramref name="column"/> in the language of the command.</summary>
    public static string Header(string column, IReadOnlyDictionary<string, string>? labels = null)
    {
        if (Columns.TryGetValue(column, out var key))
        {
            return Texts.Workbook.Get(key);
        }

        if (Named(column, labels) is { } named)
        {
            return named;
        }

        if (Rounds.ContainsKey(column))
        {
            return Round(column);
        }

        if (column.EndsWith(DataSchema.PointsSuffix, StringComparison.Ordinal) && Named(column[..^DataSchema.PointsSuffix.Length], labels) is { } points)
        {
            return Texts.Workbook.Format(nameof(WorkbookText.PointsOf), points);
        }

        if (column.EndsWith(RankSuffix, StringComparison.Ordinal))
        {
            var of = column[..^RankSuffix.Length];
            return Texts.Workbook.Format(nameof(WorkbookText.RankOf), Named(of, labels) ?? of);
        }

        // A round's value and rank in a reconciliation (self_value, appraised_rank).
        if (column.EndsWith(RoundValueSuffix, StringComparison.Ordinal))
        {
            return Texts.Workbook.Format(nameof(WorkbookText.ValueOf), Round(column[..^RoundValueSuffix.Length]));
        }

        return column.EndsWith(RoundRankSuffix, StringComparison.Ordinal)
            ? Texts.Workbook.Format(nameof(WorkbookText.RankOf), Round(column[..^RoundRankSuffix.Length]))
            : column;
    }

    /// <summary>A round of an assessment as a person reads it: the rounds the readers name in the language of the command, others as the data names them.</summary>
    public static string Round(string id) => Rounds.TryGetValue(id, out var key) ? Texts.Workbook.Get(key) : id;

    private static string? Named(string id, IReadOnlyDictionary<string, string>? labels) =>
        labels is not null && labels.TryGetValue(id, out var label)
            ? label.Length == 0 ? id : Texts.Workbook.Format(nameof(WorkbookText.NodeHeader), label, id)
            : null;
}
