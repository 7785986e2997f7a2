using DtiRules.Cli.Resources;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;

namespace DtiRules.Cli;

/// <summary>Turns the paths a user gave into ruleset files: files as given, folders searched for <c>*.dti</c>.</summary>
internal static class RulesetFiles
{
    public static readonly DiagnosticDescriptor PathNotFound = new("DR4101", Severity.Error, DiagnosticTexts.Messages)
    {
        IsInputOutput = true,
    };

    public static readonly DiagnosticDescriptor NoRulesets = new("DR4102", Severity.Error, DiagnosticTexts.Messages);

    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, List<Diagnostic> diagnostics)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.GetFiles(path, "*.dti", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0)
                {
                    diagnostics.Add(Diagnostic.Create(NoRulesets, SourceLocation.File(path), path));
                }

                files.AddRange(found);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                diagnostics.Add(Diagnostic.Create(PathNotFound, SourceLocation.File(path), path));
            }
        }

        return files;
    }
}
