using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using DtiRules.Cli.Resources;
using DtiRules.Data.Catalogues;
using DtiRules.Data.Files;
using DtiRules.Data.Reading.Criteria;
using DtiRules.Data.Units;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Editions;
using DtiRules.Language.Text;

namespace DtiRules.Cli.Commands;

/// <summary><c>dti import SHEET --out RULESET.dti</c>: a criteria catalogue (CSV or XLSX) as a ruleset that checks clean.</summary>
internal static partial class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var sheet = new Argument<string>("sheet") { Description = Texts.Help.Get(nameof(HelpText.ImportSheetDescription)) };
        var output = new Option<string>("--out") { Description = Texts.Help.Get(nameof(HelpText.ImportOutDescription)), Required = true };
        var family = new Option<string?>("--family") { Description = Texts.Help.Get(nameof(HelpText.ImportFamilyDescription)) };
        var edition = new Option<int?>("--edition") { Description = Texts.Help.Get(nameof(HelpText.ImportEditionDescription)) };
        var unitKind = new Option<string>("--unit-kind") { Description = Texts.Help.Get(nameof(HelpText.ImportUnitKindDescription)), DefaultValueFactory = _ => UnitKinds.Custom };
        unitKind.AcceptOnlyFromAmong([.. UnitKinds.All]);
        var units = Options.Units();
        var criteria = new CriteriaOptions();
        var command = new Command("import", Texts.Help.Get(nameof(HelpText.ImportDescription)))
        {
            sheet, output, family, edition, unitKind, units,
        };
        foreach (var option in criteria.All(columns: true))
        {
            command.Options.Add(option);
        }

        criteria.Validate(command);
        Options.RefuseInputsAsOutputs(command, [output], [sheet]);
        command.SetAction(result =>
        {
            var diagnostics = new DiagnosticBag();
            var path = result.GetValue(sheet)!;
            var outPath = result.GetValue(output)!;
            var stem = Path.GetFileNameWithoutExtension(path);
            if (CriteriaSheetReader.Read(path, result.GetValue(criteria.Sheet), criteria.Read(result), diagnostics) is { } read
                && CatalogueBuilder.Build(read, stem, diagnostics) is { } catalogue)
            {
                var kind = result.GetValue(unitKind)!;
                var header = new ImportHeader(
                    result.GetValue(family) ?? FamilyOf(stem),
                    result.GetValue(edition) ?? YearIn(stem) ?? 1,
                    kind,
                    UnitsClause(result.GetValue(units), kind, outPath));
                var text = CatalogueRulesetWriter.Write(catalogue, header);
                var check = RulesetCompilation.Create(SourceText.From(text, outPath), new FolderRulesetLocator(Path.GetDirectoryName(Path.GetFullPath(outPath))!));
                diagnostics.AddRange(check.Diagnostics);
                if (!check.HasErrors)
                {
                    AtomicFile.TryWriteText(outPath, writer => writer.Write(text), diagnostics);
                }
            }

            return console.Finish(diagnostics);
        });
        return command;
    }

    /// <summary>A ruleset name from a file name: folded to ASCII, words joined by '_', never starting with a digit.</summary>
    public static string FamilyOf(string stem)
    {
        var words = NonWord().Split(TextFolding.Fold(stem)).Where(w => w.Length > 0).ToList();
        var name = string.Join('_', words);
        return name.Length == 0 ? "imported" : char.IsAsciiDigit(name[0]) ? "r_" + name : name;
    }

    private static int? YearIn(string stem) =>
        Year().Match(stem) is { Success: true } match ? int.Parse(match.Value, CultureInfo.InvariantCulture) : null;

    // 'open', a list named on the command line (written relative to the ruleset's folder), or the kind's built-in list.
    private static string? UnitsClause(string? units, string kind, string outPath)
    {
        if (units is null)
        {
            return UnitList.BuiltInFor(kind) is null ? UnitListLoader.OpenWord : null;
        }

        if (units == UnitListLoader.OpenWord)
        {
            return units;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(outPath))!;
        return Path.GetRelativePath(folder, Path.GetFullPath(units)).Replace('\\', '/');
    }

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonWord();

    [GeneratedRegex(@"(?<![0-9])(19|20)[0-9]{2}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
