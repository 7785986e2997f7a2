using System.Globalization;
using System.Reflection;
using System.Text;
using DtiRules.Analysis.Explain;
using DtiRules.Cli;
using DtiRules.Data;
using DtiRules.Language.Diagnostics;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Language;

public sealed class DiagnosticCatalogueTests
{
    private static IReadOnlyList<DiagnosticDescriptor> All() =>
        [.. new[] { typeof(DiagnosticDescriptors), typeof(DataDiagnostics), typeof(ExplainDiagnostics), typeof(DtiRules.Analysis.Sensitivity.SensitivityDiagnostics), typeof(DtiApp).Assembly.GetType("DtiRules.Cli.RulesetFiles")!, typeof(DtiApp).Assembly.GetType("DtiRules.Cli.Commands.SnapshotCommand")!, typeof(DtiApp).Assembly.GetType("DtiRules.Cli.Commands.FormatCommand")!, typeof(DtiApp).Assembly.GetType("DtiRules.Cli.Output.DiagnosticCap")!, typeof(DtiApp).Assembly.GetType("DtiRules.Cli.ScorerFactory")! }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal)];

    [Fact]
    public void Codes_are_unique_and_in_their_ranges()
    {
        var all = All();
        Assert.Equal(all.Count, all.Select(d => d.Code).Distinct().Count());
        Assert.All(all, d => Assert.Matches(@"^DR[0-4]\d{3}$", d.Code));
    }

    [Fact]
    public void The_catalogue_page_lists_every_code()
    {
        var page = new StringBuilder();
        page.Append("# Diagnostics\n\n");
        page.Append("Every problem `dti` reports has a stable code. DR0xxx syntax, DR1xxx names, DR2xxx types and\n");
        page.Append("structure, DR3xxx scoring, DR4xxx data and command line. This page is generated from the code by\n");
        page.Append("`DiagnosticCatalogueTests`; regenerate it with `DTIRULES_UPDATE_SNAPSHOTS=1 dotnet test`.\n\n");
        page.Append("| code | severity | problem | message |\n|---|---|---|---|\n");
        foreach (var d in All())
        {
            page.Append(CultureInfo.InvariantCulture, $"| {d.Code} | {d.Severity.ToString().ToLowerInvariant()} | {d.Title} | {d.MessageFormat.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        Snapshot.Match(page.ToString(), RepositoryPaths.Combine("docs", "diagnostics.md"));
    }
}
