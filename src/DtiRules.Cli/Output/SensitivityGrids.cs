using System.Globalization;
using DtiRules.Analysis.Sensitivity;
using DtiRules.Analysis.Wording;
using DtiRules.Cli.Resources;
using DtiRules.Language.Binding.Uncertainty;
using DtiRules.Language.Localization;
using static DtiRules.Cli.Resources.SensitivityTableText;

namespace DtiRules.Cli.Output;

/// <summary>
/// A sensitivity result as the text cells its table, CSV and workbook share, and the notes that
/// explain them. Headers, stability words and notes are in the display language; CSV and JSON
/// write the notes under <see cref="MachineFormats.English"/>.
/// </summary>
internal static class SensitivityGrids
{
    public static TextGrid Units(SensitivityResult result)
    {
        IReadOnlyList<string> Cells(UnitSensitivity u) =>
        [
            u.Unit.Name, u.Unit.Code, Number(u.Value), Number(u.Rank), Number(u.RankMedian), Number(u.RankP05), Number(u.RankP95),
            Number(u.ValueP05), Number(u.ValueP95), Number(u.TopShare), u.Stability is { } s ? StabilityText(s) : string.Empty,
        ];

        string[] columns = ["unit", "code", "value", "rank", "rank_median", "rank_p05", "rank_p95", "value_p05", "value_p95", "p_top", "stability"];
        return new(
            columns,
            [.. result.Units.Select(Cells)],
            2)
        {
            Headers =
            [
                Say(nameof(ColumnUnit)), Say(nameof(ColumnCode)), Say(nameof(ColumnValue)), Say(nameof(ColumnRank)), Say(nameof(ColumnRankMedian)),
                Say(nameof(ColumnRankP05)), Say(nameof(ColumnRankP95)), Say(nameof(ColumnValueP05)), Say(nameof(ColumnValueP95)),
                Say(nameof(ColumnTopShare), result.Options.Top), Say(nameof(ColumnStability)),
            ],
            Words = new Dictionary<int, IReadOnlyList<Phrase>>
            {
                [Array.IndexOf(columns, "stability")] = [.. result.Units.Select(u => u.Stability is { } s ? StabilityWords(s) : Phrase.Verbatim(string.Empty))],
            },
        };
    }

    public static TextGrid Indices(SensitivityResult result) => new(
        ["factor", "first_order", "first_order_ci", "total", "total_ci"],
        [.. result.Indices.Select(i => (IReadOnlyList<string>)
            [i.Factor, Number(i.FirstOrder), Interval(i.FirstOrderInterval), Number(i.Total), Interval(i.TotalInterval)])],
        1)
    {
        Headers =
        [
            Say(nameof(ColumnFactor)), Say(nameof(ColumnFirstOrder)), Say(nameof(ColumnFirstOrderInterval)), Say(nameof(ColumnTotal)), Say(nameof(ColumnTotalInterval)),
        ],
    };

    public static IReadOnlyList<string> Notes(SensitivityResult result)
    {
        var options = result.Options;
        var notes = new List<string>
        {
            Say(nameof(SamplesNote), options.Samples, options.Seed, result.Runs, string.Join(", ", result.Factors.Select(Describe))),
            Say(nameof(PercentilesNote), options.Top),
            Say(nameof(StabilityNote), UnitSensitivity.LittleMovement(result.Units.Count)),
            ConvergenceNote(result),
        };
        if (options.Indices)
        {
            var target = Say(options.Target == IndexTarget.RankShift ? nameof(TargetRankShift) : nameof(TargetValue));
            notes.Add(Say(nameof(IndicesNote), target, options.BootstrapSamples));
        }

        return notes;
    }

    /// <summary>The class as people read it, in their language.</summary>
    public static Phrase StabilityWords(StabilityClass stability) => Phrase.Of(Texts.Sensitivity, stability switch
    {
        StabilityClass.Firm => nameof(Firm),
        StabilityClass.MovesALittle => nameof(MovesALittle),
        StabilityClass.Uncertain => nameof(Uncertain),
    });

    /// <summary>The class as CSV and JSON write it: a stable English word.</summary>
    public static string StabilityText(StabilityClass stability) => stability switch
    {
        StabilityClass.Firm => "firm",
        StabilityClass.MovesALittle => "moves a little",
        StabilityClass.Uncertain => "uncertain",
    };

    private static string ConvergenceNote(SensitivityResult result)
    {
        var convergence = result.Convergence;
        var half = result.Options.Samples / 2;
        var indices = convergence.LargestIndexMove is { } move ? Say(nameof(IndicesMoved), Shown(Number(move))) : string.Empty;
        var verdict = convergence.IsEnough
            ? Say(nameof(SamplesEnough), result.Options.Samples)
            : Say(nameof(SamplesNotEnough), result.Options.Samples, result.Options.Samples * 2);
        var places = Say(convergence.LargestRankMove == 1 ? nameof(OnePlace) : nameof(Places), convergence.LargestRankMove);
        return Say(nameof(ConvergenceNote), half, result.Options.Samples, places, indices, verdict);
    }

    private static string Describe(UncertaintyFactor factor) => factor switch
    {
        WeightFactor w => $"{w.Name} {Shown(Number(w.Low))}..{Shown(Number(w.High))}",
        NoiseFactor n => $"{n.Name} ±{Shown(Number(n.Spread * 100m))}%",
        PolicyFactor p => $"{p.Name} {string.Join(" | ", p.Alternatives.Select(a => a.Policy.ToString().ToLowerInvariant()))}",
        FormulaFactor f => Say(nameof(FormulaAlternatives), f.Name, f.Alternatives.Count),
        _ => factor.Name,
    };

    private static string Say(string key, params object?[] args) => Texts.Sensitivity.Format(key, args);

    /// <summary>A number in a note, with the decimal mark of the display settings.</summary>
    private static string Shown(string number) => DisplaySettings.Current.Decimal == DecimalMark.Comma ? GridTableWriter.WithComma(number) : number;

    private static string Interval((double Low, double High)? interval) =>
        interval is var (low, high) ? $"{Number(low)}..{Number(high)}" : string.Empty;

    private static string Number(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Number(double? value) => value is { } v ? (Math.Round(v, 4, MidpointRounding.AwayFromZero) + 0.0).ToString("0.####", CultureInfo.InvariantCulture) : string.Empty;
}
