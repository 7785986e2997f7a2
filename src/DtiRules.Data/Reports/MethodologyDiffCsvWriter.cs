using System.Globalization;
using CsvHelper;
using DtiRules.Analysis.Diff;
using DtiRules.Scoring;

namespace DtiRules.Data.Reports;

/// <summary>
/// Writes a methodology diff as CSV (one row per change: kind, id, path, old, new, description) and
/// its effect on the units as a second CSV (one row per unit, by rank under the new edition).
/// </summary>
public static class MethodologyDiffCsvWriter
{
    /// <summary>Columns of the changes file.</summary>
    public static readonly IReadOnlyList<string> ChangeColumns = ["kind", "id", "path", "old", "new", "description"];

    /// <summary>Columns of the effect file.</summary>
    public static readonly IReadOnlyList<string> EffectColumns =
        ["new_rank", "unit", "code", "old_value", "old_rank", "new_value", "value_change", "rank_change"];

    /// <summary>Writes one row per change of <paramref name="diff"/>.</summary>
    public static void WriteChanges(MethodologyDiff diff, TextWriter writer) => Write(writer, ChangeColumns, ChangeRows(diff));

    /// <summary>Writes one row per unit of <paramref name="effect"/>.</summary>
    public static void WriteEffect(MethodologyEffect effect, TextWriter writer) => Write(writer, EffectColumns, EffectRows(effect));

    /// <summary>The cells of the changes file, one row per change, in the order of <see cref="ChangeColumns"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> ChangeRows(MethodologyDiff diff) =>
        [.. diff.Changes.Select(c => (IReadOnlyList<string>)[c.KindName, c.Id, c.Path, c.OldValue, c.NewValue, c.Description])];

    /// <summary>The cells of the effect file, one row per unit, in the order of <see cref="EffectColumns"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> EffectRows(MethodologyEffect effect) =>
        [.. effect.Units.Select(u => (IReadOnlyList<string>)
        [
            ResultNumbers.Rank(u.NewRank), u.Unit, u.Code,
            ResultNumbers.Value(u.OldValue, effect.Decimals), ResultNumbers.Rank(u.OldRank),
            ResultNumbers.Value(u.NewValue, effect.Decimals), ResultNumbers.Value(u.ValueChange, effect.Decimals),
            ResultNumbers.Rank(u.RankChange),
        ])];

    private static void Write(TextWriter writer, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var options = new CsvWriterOptions { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture, WriteByteOrderMark = false };
        using var csv = CsvWriter.Create(writer, options, true);
        csv.WriteRecord([.. columns]);
        foreach (var row in rows)
        {
            csv.WriteRecord([.. row]);
        }

        csv.Flush();
    }
}
