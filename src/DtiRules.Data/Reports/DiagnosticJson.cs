using DtiRules.Language.Diagnostics;
using Newtonsoft.Json.Linq;

namespace DtiRules.Data.Reports;

/// <summary>The one JSON shape of a diagnostic, used by <c>dti check --format json</c> and by JSON results.</summary>
public static class DiagnosticJson
{
    /// <summary>Code, severity, message and location (path, line, column, end line, end column).</summary>
    public static JObject ToJson(Diagnostic diagnostic) => new()
    {
        ["code"] = diagnostic.Code,
        ["severity"] = diagnostic.Severity.ToString().ToLowerInvariant(),
        ["message"] = diagnostic.Message,
        ["path"] = diagnostic.Location?.Path,
        ["line"] = diagnostic.Location?.Line,
        ["column"] = diagnostic.Location?.Column,
        ["endLine"] = diagnostic.Location?.EndLine,
        ["endColumn"] = diagnostic.Location?.EndColumn,
    };
}
