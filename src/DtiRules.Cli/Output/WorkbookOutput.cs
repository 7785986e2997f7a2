using DtiRules.Data.Files;
using DtiRules.Data.Reading;
using DtiRules.Data.Reports.Workbooks;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Cli.Output;

/// <summary>Results written as an Excel workbook when <c>--out</c> names an .xlsx file.</summary>
internal static class WorkbookOutput
{
    /// <summary>True when <paramref name="path"/> asks for a workbook; the extension decides, whatever <c>--format</c> says.</summary>
    public static bool IsRequested(string? path) => !string.IsNullOrEmpty(path) && DatasetReader.IsWorkbook(path);

    /// <summary>
    /// A sheet with the columns and rows a command's table and CSV show, its name, headers and words
    /// (<see cref="TextGrid.Words"/>) in the language of the command, text columns as text and the
    /// rest as numbers; columns named by a node or output id are headed by its label in <paramref name="labels"/>.
    /// </summary>
    public static WorkbookSheet Sheet(string name, TextGrid grid, IReadOnlyDictionary<string, string>? labels = null) =>
        WorkbookVocabulary.Translate(WorkbookSheet.FromText(name, grid.Columns, grid.PeopleRows(), textColumns: 0, alwaysText: grid.TextColumns), labels);

    /// <summary>A <c>notes</c> sheet, one note per row, named in the language of the command.</summary>
    public static WorkbookSheet Notes(IEnumerable<string> notes) => WorkbookVocabulary.Notes(notes);

    /// <summary>Writes <paramref name="sheets"/> to the workbook at <paramref name="path"/>, whole or not at all; a file that cannot be written is reported.</summary>
    public static void Write(string path, DiagnosticBag diagnostics, params WorkbookSheet[] sheets)
    {
        using var timing = StageTimings.Measure(Stage.Write);
        AtomicFile.TryWrite(path, stream => WorkbookWriter.Write(sheets, stream), diagnostics);
    }
}
