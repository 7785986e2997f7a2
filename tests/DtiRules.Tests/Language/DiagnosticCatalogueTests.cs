using System.Globalization;
using System.Reflection;
using System.Text;
using DtiRules.Analysis.Explain;
using DtiRules.Cli;
using DtiRules.Data;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Localization;
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
        page.Append("Each message is shown in the language `--lang` (or the language server's client) chooses: the\n");
        page.Append("English text and, below it, the Vietnamese. Both live in the `Resources/DiagnosticText.resx` and\n");
        page.Append("`DiagnosticText.vi.resx` files of the project that defines the code, under `CODE_Title` and\n");
        page.Append("`CODE_Message`; `{0}`, `{1}`… are the parts that name the place's own ids and values.\n\n");
        page.Append("| code | severity | problem | message |\n|---|---|---|---|\n");
        foreach (var d in All())
        {
            var severity = d.Severity.ToString().ToLowerInvariant();
            page.Append(CultureInfo.InvariantCulture, $"| {d.Code} | {severity} | {Cell(d.TitleIn(DisplayLanguage.English))} | {Cell(d.MessageFormatIn(DisplayLanguage.English))} |\n");
            page.Append(CultureInfo.InvariantCulture, $"| | | {Cell(d.TitleIn(DisplayLanguage.Vietnamese))} | {Cell(d.MessageFormatIn(DisplayLanguage.Vietnamese))} |\n");
        }

        Snapshot.Match(page.ToString(), RepositoryPaths.Combine("docs", "diagnostics.md"));
    }

    [Fact]
    public void Every_code_has_its_title_and_message_in_both_languages_and_they_differ()
    {
        foreach (var d in All())
        {
            var vietnamese = d.Texts.Resources.GetResourceSet(CultureInfo.GetCultureInfo("vi"), createIfNotExists: true, tryParents: false)!;
            var english = d.Texts.Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
            foreach (var key in new[] { d.TitleKey, d.MessageKey })
            {
                Assert.False(string.IsNullOrWhiteSpace(english.GetString(key)), $"{key} has no English text");
                Assert.False(string.IsNullOrWhiteSpace(vietnamese.GetString(key)), $"{key} has no Vietnamese text");
                Assert.NotEqual(english.GetString(key), vietnamese.GetString(key));
            }
        }
    }

    [Fact]
    public void A_message_is_written_in_the_language_current_when_the_diagnostic_is_created()
    {
        var descriptor = DiagnosticDescriptors.UnknownName;

        var english = Diagnostic.Create(descriptor, null, "ty_lee", string.Empty);
        Diagnostic vietnamese;
        using (DisplaySettings.Use(new DisplaySettings(DisplayLanguage.Vietnamese, DecimalMark.Comma)))
        {
            vietnamese = Diagnostic.Create(descriptor, null, "ty_lee", string.Empty);
        }

        Assert.Equal(string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormatIn(DisplayLanguage.English), "ty_lee", string.Empty), english.Message);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormatIn(DisplayLanguage.Vietnamese), "ty_lee", string.Empty), vietnamese.Message);
        Assert.NotEqual(english.Message, vietnamese.Message);
        Assert.Equal(english.Code, vietnamese.Code);
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
