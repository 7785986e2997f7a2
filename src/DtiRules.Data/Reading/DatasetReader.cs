using System.Text;
using DtiRules.Data.Resources;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;

namespace DtiRules.Data.Reading;

/// <summary>
/// Reads a dataset file (.csv, .json or .xlsx; .txt and .tsv as Excel saves tab-separated text) into
/// rows of cells. Problems in the file are reported as diagnostics with their position, never thrown;
/// as many as can be found are reported in one run.
/// </summary>
public static class DatasetReader
{
    // Text tables: CSV, and the tab-separated text Excel saves as "Unicode text" (.txt) or others as .tsv.
    private static readonly string[] TableExtensions = [".csv", ".txt", ".tsv"];

    /// <summary>Reads the file at <paramref name="path"/>; null when it cannot be read at all.</summary>
    public static RawDataset? Read(string path, DiagnosticBag diagnostics)
    {
        if (!TryGetFormat(path, diagnostics, out _))
        {
            return null;
        }

        if (FileBytes.TryRead(path, out var reason) is not { } bytes)
        {
            diagnostics.Report(DataDiagnostics.CannotReadFile, SourceLocation.File(path), reason);
            return null;
        }

        return Read(bytes, path, diagnostics);
    }

    /// <summary>Reads a dataset from its bytes; <paramref name="displayPath"/> names it in diagnostics and its extension gives the format.</summary>
    public static RawDataset? Read(ReadOnlySpan<byte> content, string displayPath, DiagnosticBag diagnostics)
    {
        if (!TryGetFormat(displayPath, diagnostics, out var isJson))
        {
            return null;
        }

        if (IsWorkbook(displayPath))
        {
            return XlsxDatasetReader.Read(content.ToArray(), displayPath, diagnostics);
        }

        if (TextDecoding.Decode(content, out var problem) is { } text)
        {
            return Parse(text, displayPath, isJson, diagnostics);
        }

        diagnostics.Report(DataDiagnostics.Encoding, problem!.LocationIn(displayPath), problem.Message);
        return null;
    }

    /// <summary>Reads a dataset from text already decoded; <paramref name="displayPath"/> names it in diagnostics and its extension gives the format.</summary>
    public static RawDataset? ReadText(string text, string displayPath, DiagnosticBag diagnostics)
    {
        if (!TryGetFormat(displayPath, diagnostics, out var isJson))
        {
            return null;
        }

        if (IsWorkbook(displayPath))
        {
            diagnostics.Report(DataDiagnostics.UnreadableWorkbook, SourceLocation.File(displayPath), DiagnosticTexts.Phrase(nameof(DiagnosticText.WorkbookIsBinary)));
            return null;
        }

        return Parse(text.Normalize(NormalizationForm.FormC), displayPath, isJson, diagnostics);
    }

    /// <summary>True when <paramref name="path"/> names an Excel workbook (.xlsx), for readers and writers alike.</summary>
    public static bool IsWorkbook(string path) => string.Equals(Path.GetExtension(path), ".xlsx", StringComparison.OrdinalIgnoreCase);

    private static RawDataset? Parse(string text, string path, bool isJson, DiagnosticBag diagnostics) =>
        isJson ? JsonDatasetReader.Read(text, path, diagnostics) : CsvDatasetReader.Read(text, path, diagnostics);

    private static bool TryGetFormat(string path, DiagnosticBag diagnostics, out bool isJson)
    {
        var extension = Path.GetExtension(path);
        isJson = string.Equals(extension, ".json", StringComparison.OrdinalIgnoreCase);
        if (isJson || IsWorkbook(path) || TableExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        diagnostics.Report(DataDiagnostics.UnknownFormat, SourceLocation.File(path), extension.Length == 0 ? DiagnosticTexts.Phrase(nameof(DiagnosticText.NoExtension)) : extension);
        return false;
    }
}
