using System.Globalization;
using DtiRules.Analysis.Attribution;
using DtiRules.Analysis.Wording;
using DtiRules.Cli.Resources;
using DtiRules.Language.Localization;
using DtiRules.Scoring;

namespace DtiRules.Cli.Output;

/// <summary>
/// A per-change attribution as a grid: one row per unit and change with its contribution, printed
/// with two decimals more than the values and apportioned so each unit's contributions add up to its
/// printed methodology effect; missing_data_effect is the part of it on changes marked data_missing, counted apart.
/// </summary>
internal static class ChangeContributionGrid
{
    /// <summary>The grid; <paramref name="digits"/> are the decimals of the index values.</summary>
    public static TextGrid Build(ChangeAttribution attribution, int digits)
    {
        var shown = digits + 2;
        string[] columns = ["unit", "code", "change", "kind", "contribution", "methodology_effect", "on_old_data", "on_new_data", "error", "data_missing", "missing_data_effect"];
        var rows = new List<IReadOnlyList<string>>();
        foreach (var unit in attribution.Rows.GroupBy(r => r.Unit.Code).Select(g => g.ToList()))
        {
            var complete = unit.All(r => r.Contribution is not null);
            var printed = complete ? Apportionment.Round([.. unit.Select(r => r.Contribution!.Value)], shown) : null;
            var effect = printed?.Sum();
            var missingData = printed is null ? (decimal?)null : unit.Select((r, i) => r.DataMissing ? printed[i] : 0m).Sum();
            rows.AddRange(unit.Select((r, i) => (IReadOnlyList<string>)
            [
                r.Unit.Name, r.Unit.Code, r.Change.Text.In(DisplaySettings.English), r.Change.Kind,
                ResultNumbers.Change(printed?[i], shown), ResultNumbers.Change(effect, shown),
                ResultNumbers.Change(r.OnOldData, shown), ResultNumbers.Change(r.OnNewData, shown),
                r.StandardError is { } e ? e.ToString("0.######", CultureInfo.InvariantCulture) : string.Empty,
                GridWords.YesNoText(r.DataMissing), ResultNumbers.Change(missingData, shown),
            ]));
        }

        var ordered = attribution.Rows.GroupBy(r => r.Unit.Code).SelectMany(g => g).ToList();
        GridColumnKind[] kinds = [.. columns.Select((c, i) => i < 4 || c == "data_missing" ? GridColumnKind.Text : GridColumnKind.Number)];
        return new TextGrid(columns, rows, kinds)
        {
            Headers = Headers(),
            Words = new Dictionary<int, IReadOnlyList<Phrase>>
            {
                [2] = [.. ordered.Select(r => r.Change.Text)],
                [3] = [.. ordered.Select(r => r.Change.KindText)],
                [9] = [.. ordered.Select(r => GridWords.YesNo(r.DataMissing))],
            },
        };
    }

    private static string[] Headers() =>
    [
        .. new[]
        {
            nameof(CompareText.ColumnUnit), nameof(CompareText.ColumnCode), nameof(CompareText.ColumnChange), nameof(CompareText.ColumnKind),
            nameof(CompareText.ColumnContribution), nameof(CompareText.ColumnMethodologyEffect), nameof(CompareText.ColumnOnOldData),
            nameof(CompareText.ColumnOnNewData), nameof(CompareText.ColumnStandardError), nameof(CompareText.ColumnDataMissing),
            nameof(CompareText.ColumnMissingDataEffect),
        }.Select(Texts.Compare.Get),
    ];
}
