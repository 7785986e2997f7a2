using DtiRules.Data.Reports;
using DtiRules.Scoring;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json;

namespace DtiRules.Cli.Output;

/// <summary>How the explain and gaps commands write JSON: indented, '\n' line ends, numbers without a decimal's trailing zeros.</summary>
internal static class JsonDocuments
{
    public static void Write(JObject document, TextWriter writer)
    {
        using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, CloseOutput = false };
        document.WriteTo(json);
        json.Flush();
        writer.Write('\n');
    }

    /// <summary>A number, or JSON null when missing.</summary>
    public static JToken Number(decimal? value) => value is { } v ? new JValue(ResultNumbers.Normalize(v)) : JValue.CreateNull();

    /// <summary>Points rounded to 4 decimals as every result shows them, or JSON null when missing.</summary>
    public static JToken Points(decimal? points) => Number(points is { } p ? ResultNumbers.RoundPoints(p) : null);
}
