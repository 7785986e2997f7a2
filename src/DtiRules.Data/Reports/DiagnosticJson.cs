using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;
using Newtonsoft.Json.Linq;

namespace DtiRules.Data.Reports;

/// <summary>The one JSON shape of a diagnostic, used by <c>dti check --format json</c> and by JSON results.</summary>
public static class DiagnosticJson
{
    /// <summary>
    /// Code, severity, message and location (path, line, column, end line, end column); the places it
    /// also speaks of under <c>related</c> (each a message and a location), when there are any.
    /// </summary>
    public static JObject ToJson(Diagnostic diagnostic)
    {
        var json = Location(diagnostic.Location);
        json.AddFirst(new JProperty("message", diagnostic.Message));
        json.AddFirst(new JProperty("severity", diagnostic.Severity.ToString().ToLowerInvariant()));
        json.AddFirst(new JProperty("code", diagnostic.Code));
        if (diagnostic.Related.Count > 0)
        {
            json["related"] = new JArray(diagnostic.Related.Select(r =>
            {
                var related = Location(r.Location);
                related.AddFirst(new JProperty("message", r.Message));
                return related;
            }));
        }

        return json;
    }

    private static JObject Location(SourceLocation? location) => new()
    {
        ["path"] = location?.Path,
        ["line"] = location?.Line,
        ["column"] = location?.Column,
        ["endLine"] = location?.EndLine,
        ["endColumn"] = location?.EndColumn,
    };
}
