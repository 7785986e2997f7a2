using DtiRules.Cli.Resources;
using DtiRules.Data.Reports;
using DtiRules.Language.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DtiRules.Cli.Output;

/// <summary>Prints diagnostics as text (<c>path(line,col): error CODE: message</c>) or as JSON for tools.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, string format, TextWriter writer)
    {
        if (format == "sarif")
        {
            SarifWriter.Write(diagnostics, writer);
            return;
        }

        if (format == "json")
        {
            var array = new JArray(diagnostics.Select(DiagnosticJson.ToJson));
            writer.WriteLine(array.ToString(Formatting.Indented));
            return;
        }

        foreach (var diagnostic in DiagnosticCap.Apply(diagnostics))
        {
            writer.WriteLine(diagnostic.ToString());
            foreach (var related in diagnostic.Related)
            {
                // Indented under its diagnostic, in the path(line,col) form editors jump to.
                writer.WriteLine($"    {related.Location}: {DiagnosticTexts.Phrase(nameof(DiagnosticText.Related))}: {related.Message}");
            }
        }

        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        writer.WriteLine(DiagnosticTexts.Phrase(nameof(DiagnosticText.Summary_ErrorsWarnings), errors, warnings));
    }
}
