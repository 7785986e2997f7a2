using DtiRules.Analysis.Explain;
using DtiRules.Data.Reading;
using DtiRules.Data.Resources;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;

namespace DtiRules.Data.Scenarios;

/// <summary>Reads what-if settings: <c>--set "UNIT: field=value, field=value"</c>, and scenario files (rows <c>unit,field,value</c>).</summary>
public static class DataSettings
{
    /// <summary>
    /// The settings of the <paramref name="number"/>th <c>--set</c> text, placed in messages as
    /// <c>--set(number,column)</c>. Null, reported, when it is not <c>UNIT: field=value, …</c>.
    /// </summary>
    public static IReadOnlyList<DataSetting>? Parse(string text, int number, DiagnosticBag diagnostics)
    {
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || text[..colon].Trim().Length == 0)
        {
            diagnostics.Report(ExplainDiagnostics.MalformedSetting, At(number, 0), text, DiagnosticTexts.Phrase(nameof(DiagnosticText.Setting_UnitFirst)));
            return null;
        }

        var unit = text[..colon].Trim();
        var settings = new List<DataSetting>();
        var start = colon + 1;
        foreach (var part in text[(colon + 1)..].Split(','))
        {
            var offset = start + (part.Length - part.TrimStart().Length);
            start += part.Length + 1;
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0 || part[..equals].Trim().Length == 0)
            {
                diagnostics.Report(ExplainDiagnostics.MalformedSetting, At(number, offset), part.Trim(), DiagnosticTexts.Phrase(nameof(DiagnosticText.Setting_FieldValue)));
                return null;
            }

            settings.Add(new DataSetting(unit, At(number, text.IndexOf(unit, StringComparison.Ordinal)), part[..equals].Trim(), part[(equals + 1)..].Trim(), At(number, offset)));
        }

        return settings;
    }

    /// <summary>The settings of a scenario read as a dataset: every cell of every row (a plan written by <c>gaps --plan</c> is one).</summary>
    public static IReadOnlyList<DataSetting> FromScenario(RawDataset scenario) =>
        [.. scenario.Rows.SelectMany(row => row.Cells
            .Where(c => c.Text.Length > 0)
            .Select(c => new DataSetting(row.UnitText, row.Location, c.Field, c.Text, c.Location)))];

    private static SourceLocation At(int number, int column) => new("--set", number, column + 1);
}
