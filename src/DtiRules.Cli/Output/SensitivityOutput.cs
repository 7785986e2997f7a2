using DtiRules.Analysis.Sensitivity;
using DtiRules.Cli.Resources;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Cli.Output;

/// <summary>
/// Writes a sensitivity result as a table, CSV, JSON or a workbook. CSV gives the units' table
/// under '#' note lines; the indices follow after a blank line on standard output, or go to a
/// second file beside <c>--out</c> (<c>name.indices.csv</c>) so each file is one table. The notes
/// follow the data's own notes: in the display language in a table or workbook, in English in CSV and JSON.
/// </summary>
internal static class SensitivityOutput
{
    public static void Write(SensitivityResult result, IReadOnlyList<string> dataNotes, string format, string? path, TextWriter standardOutput, DiagnosticBag diagnostics)
    {
        var units = SensitivityGrids.Units(result);
        var indices = result.Options.Indices ? SensitivityGrids.Indices(result) : null;
        IReadOnlyList<string> notes;
        using (format is "json" or "csv" ? MachineFormats.English() : null)
        {
            notes = [.. dataNotes, .. SensitivityGrids.Notes(result)];
        }

        switch (format)
        {
            case "xlsx":
                WorkbookOutput.Write(path!, diagnostics, [WorkbookOutput.Sheet("units", units), .. indices is null ? [] : new[] { WorkbookOutput.Sheet("indices", indices) }, WorkbookOutput.Notes(notes)]);
                break;
            case "json":
                ResultOutput.Write(path, standardOutput, writer => SensitivityJsonWriter.Write(result, notes, writer), diagnostics);
                break;
            case "csv" when indices is not null && !string.IsNullOrEmpty(path):
                ResultOutput.Write(path, standardOutput, writer => Csv(units, notes, writer), diagnostics);
                ResultOutput.Write(IndicesPath(path), standardOutput, writer => GridCsvWriter.Write(indices, writer), diagnostics);
                break;
            case "csv":
                ResultOutput.Write(path, standardOutput, writer =>
                {
                    Csv(units, notes, writer);
                    if (indices is not null)
                    {
                        writer.Write('\n');
                        GridCsvWriter.Write(indices, writer);
                    }
                }, diagnostics);
                break;
            default:
                ResultOutput.Write(path, standardOutput, writer =>
                {
                    GridTableWriter.Write(Texts.Sensitivity.Get(nameof(SensitivityTableText.RankIntervalsTitle)), units, notes, writer);
                    if (indices is not null)
                    {
                        GridTableWriter.Write(Texts.Sensitivity.Get(nameof(SensitivityTableText.IndicesTitle)), indices, [], writer);
                    }
                }, diagnostics);
                break;
        }
    }

    /// <summary>Where the indices of a CSV written to <paramref name="path"/> go: <c>name.indices.csv</c> beside it.</summary>
    public static string IndicesPath(string path) =>
        Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, Path.GetFileNameWithoutExtension(path) + ".indices" + Path.GetExtension(path));

    private static void Csv(TextGrid grid, IReadOnlyList<string> notes, TextWriter writer)
    {
        foreach (var note in notes)
        {
            writer.Write("# " + note + "\n");
        }

        GridCsvWriter.Write(grid, writer);
    }
}
