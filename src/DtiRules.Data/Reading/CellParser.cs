using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Schema;
using DtiRules.Language.Text;
using DtiRules.Scoring;

namespace DtiRules.Data.Reading;

/// <summary>
/// Reads one cell as the value its field expects: numbers (with a decimal comma when the file
/// declares it), percentages, counts, yes/no and levels, checked against the field's range.
/// Culture-independent: the machine's regional settings never change how a cell is read.
/// </summary>
public static partial class CellParser
{
    private static readonly HashSet<string> MissingMarkers = new(["na", "n/a"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> YesKeys = new(["yes", "co", "true", "1", "x"], StringComparer.Ordinal);
    // PERF: a level field's keys are folded once, not for every cell.
    private static readonly ConditionalWeakTable<DataField, Dictionary<string, int>> LevelKeys = new();
    private static readonly HashSet<string> NoKeys = new(["no", "khong", "false", "0"], StringComparer.Ordinal);

    /// <summary>
    /// Reads <paramref name="cell"/> for <paramref name="field"/>. Returns true with a value, or
    /// true with null when the cell is empty or marked NA / N/A (missing is no error); returns
    /// false after reporting why the cell cannot be read.
    /// </summary>
    /// <param name="cell">The cell as written.</param>
    /// <param name="field">The field the cell's column names.</param>
    /// <param name="decimalComma">True when the dataset declares a decimal comma.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <param name="value">The number; for yes/no 1 or 0, for a level its 0-based position.</param>
    public static bool TryParse(RawCell cell, DataField field, bool decimalComma, DiagnosticBag diagnostics, out decimal? value)
    {
        value = null;
        var text = cell.Text.Trim();
        if (text.Length == 0 || MissingMarkers.Contains(text))
        {
            return true;
        }

        var parsed = field.Kind switch
        {
            FieldKind.YesNo => ParseYesNo(text, cell, field, diagnostics),
            FieldKind.Level => ParseLevel(text, cell, field, diagnostics),
            _ => ParseQuantity(text, cell, field, decimalComma, diagnostics),
        };
        value = parsed;
        return parsed.HasValue;
    }

    private static decimal? ParseYesNo(string text, RawCell cell, DataField field, DiagnosticBag diagnostics)
    {
        var key = TextFolding.Key(text);
        if (YesKeys.Contains(key))
        {
            return 1m;
        }

        if (NoKeys.Contains(key))
        {
            return 0m;
        }

        diagnostics.Report(DataDiagnostics.BadYesNo, cell.Location, text, field.Name);
        return null;
    }

    private static decimal? ParseLevel(string text, RawCell cell, DataField field, DiagnosticBag diagnostics)
    {
        if (LevelKeys.GetValue(field, KeysOf).TryGetValue(TextFolding.Key(text), out var position))
        {
            return position;
        }

        var members = field.LevelMembers.Select((member, position) =>
            position < field.LevelLabels.Count ? $"'{member}' ({field.LevelLabels[position]})" : $"'{member}'");
        diagnostics.Report(DataDiagnostics.BadLevel, cell.Location, text, field.Name, string.Join(", ", members));
        return null;
    }

    /// <summary>The position of each level member by the key of its name and of its label, the first member winning a shared key.</summary>
    private static Dictionary<string, int> KeysOf(DataField field)
    {
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var position = 0; position < field.LevelMembers.Count; position++)
        {
            keys.TryAdd(TextFolding.Key(field.LevelMembers[position]), position);
            if (position < field.LevelLabels.Count && field.LevelLabels[position].Length > 0)
            {
                keys.TryAdd(TextFolding.Key(field.LevelLabels[position]), position);
            }
        }

        return keys;
    }

    private static decimal? ParseQuantity(string text, RawCell cell, DataField field, bool decimalComma, DiagnosticBag diagnostics)
    {
        var number = field.Kind == FieldKind.Percent && text.EndsWith('%') ? text[..^1].TrimEnd() : text;
        if (!TryParseNumber(number, decimalComma, out var value))
        {
            if (!decimalComma && UndeclaredCommaNumber().IsMatch(number))
            {
                diagnostics.Report(DataDiagnostics.UndeclaredDecimalComma, cell.Location, text, number.Replace(',', '.'));
            }
            else
            {
                diagnostics.Report(DataDiagnostics.NotANumber, cell.Location, text, field.Name, decimalComma ? "0,5" : "0.5");
            }

            return null;
        }

        if (field.Kind == FieldKind.Count && (value < 0 || value != decimal.Truncate(value)))
        {
            diagnostics.Report(DataDiagnostics.CountNotWhole, cell.Location, text, field.Name);
            return null;
        }

        if (value < field.Minimum || value > field.Maximum)
        {
            diagnostics.Report(DataDiagnostics.OutOfRange, cell.Location, text, field.Name, FormatRange(field.Minimum, field.Maximum));
            return null;
        }

        return value;
    }

    /// <summary>True when <paramref name="text"/> is a number (a percentage included) with a decimal comma and no point: <c>0,5</c>.</summary>
    internal static bool HasDecimalComma(string text) => UndeclaredCommaNumber().IsMatch(WithoutPercent(text));

    /// <summary>True when <paramref name="text"/> is a number with a point: a decimal point (<c>1.5</c>) or grouped thousands (<c>1.234,5</c>).</summary>
    internal static bool HasPoint(string text)
    {
        var number = WithoutPercent(text);
        return number.Contains('.', StringComparison.Ordinal) && (PointNumber().IsMatch(number) || CommaNumberWithThousands().IsMatch(number));
    }

    private static string WithoutPercent(string text) => text.EndsWith('%') ? text[..^1].TrimEnd() : text;

    private static bool TryParseNumber(string text, bool decimalComma, out decimal value)
    {
        string? invariant = null;
        if (!decimalComma && PointNumber().IsMatch(text))
        {
            invariant = text;
        }
        else if (decimalComma && (CommaNumber().IsMatch(text) || CommaNumberWithThousands().IsMatch(text)))
        {
            invariant = text.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        }

        value = 0m;
        return invariant is not null && decimal.TryParse(invariant, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static string FormatRange(decimal? minimum, decimal? maximum) =>
        $"{minimum?.ToString(CultureInfo.InvariantCulture)}..{maximum?.ToString(CultureInfo.InvariantCulture)}";

    [GeneratedRegex("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PointNumber();

    [GeneratedRegex("^[+-]?[0-9]+(,[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CommaNumber();

    [GeneratedRegex("^[+-]?[0-9]{1,3}(\\.[0-9]{3})+(,[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CommaNumberWithThousands();

    [GeneratedRegex("^[+-]?[0-9]*,[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex UndeclaredCommaNumber();
}
