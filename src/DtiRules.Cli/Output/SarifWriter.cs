using DtiRules.Language.Diagnostics;
using DtiRules.Language.Localization;
using DtiRules.Language.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DtiRules.Cli.Output;

/// <summary>Writes diagnostics as SARIF 2.1.0, so code-review tools annotate the ruleset lines.</summary>
internal static class SarifWriter
{
    private const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer)
    {
        var rules = diagnostics.Select(d => d.Descriptor).DistinctBy(d => d.Code).OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
        var log = new JObject
        {
            ["$schema"] = Schema,
            ["version"] = "2.1.0",
            ["runs"] = new JArray(new JObject
            {
                ["tool"] = new JObject
                {
                    ["driver"] = new JObject
                    {
                        ["name"] = "dti",
                        ["rules"] = new JArray(rules.Select(Rule)),
                    },
                },
                ["results"] = new JArray(diagnostics.Select(d => Result(d, rules.FindIndex(r => r.Code == d.Code)))),
            }),
        };
        using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, CloseOutput = false };
        log.WriteTo(json);
        json.Flush();
        writer.Write('\n');
    }

    private static JObject Rule(DiagnosticDescriptor descriptor) => new()
    {
        ["id"] = descriptor.Code,
        ["name"] = string.Concat(descriptor.TitleIn(DisplayLanguage.English).Split(' ', '-', '/').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..])),
        ["shortDescription"] = new JObject { ["text"] = descriptor.Title },
        ["defaultConfiguration"] = new JObject { ["level"] = Level(descriptor.Severity) },
    };

    private static JObject Result(Diagnostic diagnostic, int ruleIndex)
    {
        var result = new JObject
        {
            ["ruleId"] = diagnostic.Code,
            ["ruleIndex"] = ruleIndex,
            ["level"] = Level(diagnostic.Severity),
            ["message"] = new JObject { ["text"] = diagnostic.Message },
        };
        if (diagnostic.Location is { } location)
        {
            result["locations"] = new JArray(new JObject { ["physicalLocation"] = Physical(location) });
        }

        if (diagnostic.Related.Count > 0)
        {
            result["relatedLocations"] = new JArray(diagnostic.Related.Select((related, i) => new JObject
            {
                ["id"] = i,
                ["physicalLocation"] = Physical(related.Location),
                ["message"] = new JObject { ["text"] = related.Message },
            }));
        }

        return result;
    }

    private static JObject Physical(SourceLocation location)
    {
        var region = new JObject();
        if (location.Line > 0)
        {
            region["startLine"] = location.Line;
            region["startColumn"] = location.Column;
            if (location.EndLine > 0)
            {
                region["endLine"] = location.EndLine;
                region["endColumn"] = location.EndColumn;
            }
        }

        var physical = new JObject { ["artifactLocation"] = new JObject { ["uri"] = ArtifactUri.From(location.Path) } };
        if (region.Count > 0)
        {
            physical["region"] = region;
        }

        return physical;
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
