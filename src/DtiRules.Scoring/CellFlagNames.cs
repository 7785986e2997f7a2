namespace DtiRules.Scoring;

/// <summary>The words used for flags in every output format, so files and reports agree.</summary>
public static class CellFlagNames
{
    private static readonly (CellFlags Flag, string Name)[] Names =
    [
        (CellFlags.Missing, "missing"),
        (CellFlags.Imputed, "imputed"),
        (CellFlags.Given, "given"),
        (CellFlags.Clamped, "clamped"),
        (CellFlags.Rescaled, "rescaled"),
        (CellFlags.Skipped, "skipped"),
        (CellFlags.Failed, "failed"),
        (CellFlags.Mapped, "mapped"),
    ];

    /// <summary>The names of the set flags in a fixed order, e.g. <c>["missing", "rescaled"]</c>.</summary>
    public static IReadOnlyList<string> Of(CellFlags flags) => [.. Names.Where(n => flags.HasFlag(n.Flag)).Select(n => n.Name)];
}
