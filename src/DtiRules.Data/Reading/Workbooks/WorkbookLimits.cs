using System.Globalization;

namespace DtiRules.Data.Reading.Workbooks;

/// <summary>
/// How much of a workbook is read before it is refused: a workbook is a compressed file, so a few
/// kilobytes can stand for gigabytes of cells. The defaults hold the largest tables offices send
/// (a million cells: 20,000 units of 50 fields); <c>DTIRULES_XLSX_MAX_CELLS</c> and
/// <c>DTIRULES_XLSX_MAX_MB</c> raise them for a trusted file.
/// </summary>
/// <param name="MaxCells">The most cells a sheet may hold (written cells, and rows × header columns).</param>
/// <param name="MaxUncompressedBytes">The most bytes read from inside the workbook, uncompressed.</param>
public sealed record WorkbookLimits(long MaxCells, long MaxUncompressedBytes)
{
    /// <summary>The variable that sets <see cref="MaxCells"/>.</summary>
    public const string CellsVariable = "DTIRULES_XLSX_MAX_CELLS";

    /// <summary>The variable that sets <see cref="MaxUncompressedBytes"/>, in megabytes.</summary>
    public const string MegabytesVariable = "DTIRULES_XLSX_MAX_MB";

    private const long Megabyte = 1024 * 1024;

    /// <summary>A million cells and 200 MB.</summary>
    public static WorkbookLimits Default { get; } = new(1_000_000, 200 * Megabyte);

    /// <summary>The defaults, each replaced by its environment variable when that holds a positive whole number.</summary>
    public static WorkbookLimits FromEnvironment() => new(
        Positive(CellsVariable) ?? Default.MaxCells,
        Positive(MegabytesVariable) is { } megabytes ? megabytes * Megabyte : Default.MaxUncompressedBytes);

    private static long? Positive(string variable) =>
        long.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 && value < long.MaxValue / Megabyte
            ? value
            : null;
}
