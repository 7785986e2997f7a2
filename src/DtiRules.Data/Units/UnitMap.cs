using CsvHelper;
using DtiRules.Data.Text;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;

namespace DtiRules.Data.Units;

/// <summary>
/// Where each unit went in a change of units, such as the 2025 merger of the 63 provinces into 34
/// (<c>data/units/merger-2025.csv</c>): every unit of <see cref="Before"/> maps to exactly one
/// unit of <see cref="After"/>. Read from CSV with the header <c>from_code,from_name,to_name</c>.
/// </summary>
public sealed class UnitMap
{
    private static readonly string[] Columns = ["from_code", "from_name", "to_name"];

    private readonly Dictionary<string, Unit> _successorByCode;
    private readonly Dictionary<string, IReadOnlyList<Unit>> _constituentsByCode;

    private UnitMap(string path, IReadOnlyDictionary<Unit, Unit> successors)
    {
        Path = path;
        _successorByCode = successors.ToDictionary(p => p.Key.Code, p => p.Value, StringComparer.Ordinal);
        _constituentsByCode = After.Units
            .Select(to => (to.Code, Constituents: (IReadOnlyList<Unit>)[.. Before.Units.Where(from => successors[from] == to)]))
            .Where(p => p.Constituents.Count > 0)
            .ToDictionary(p => p.Code, p => p.Constituents, StringComparer.Ordinal);
        MergedUnits = [.. After.Units.Where(u => _constituentsByCode.ContainsKey(u.Code))];
    }

    /// <summary>The file the map was read from, as the user named it.</summary>
    public string Path { get; }

    /// <summary>The units before the change: the 63 provinces.</summary>
    public UnitRegistry Before => UnitRegistry.Provinces63;

    /// <summary>The units after the change: the 34 provinces.</summary>
    public UnitRegistry After => UnitRegistry.Provinces34;

    /// <summary>The units of <see cref="After"/> that at least one unit maps to, in registry order.</summary>
    public IReadOnlyList<Unit> MergedUnits { get; }

    /// <summary>The unit of <see cref="After"/> that the unit with code <paramref name="beforeCode"/> became part of.</summary>
    /// <exception cref="KeyNotFoundException">The code is not a unit of <see cref="Before"/>.</exception>
    public Unit SuccessorOf(string beforeCode) => _successorByCode[beforeCode];

    /// <summary>The units of <see cref="Before"/> merged into the unit with code <paramref name="afterCode"/>, in registry order; empty when none.</summary>
    public IReadOnlyList<Unit> ConstituentsOf(string afterCode) =>
        _constituentsByCode.TryGetValue(afterCode, out var constituents) ? constituents : [];

    /// <summary>Reads the map at <paramref name="path"/>; null, with every problem reported, when it is not a complete map.</summary>
    public static UnitMap? Read(string path, DiagnosticBag diagnostics)
    {
        if (FileBytes.TryRead(path, out var reason) is not { } bytes)
        {
            diagnostics.Report(DataDiagnostics.CannotReadFile, SourceLocation.File(path), reason);
            return null;
        }

        if (TextDecoding.Decode(bytes, out var problem) is not { } text)
        {
            diagnostics.Report(DataDiagnostics.Encoding, problem!.LocationIn(path), problem.Message);
            return null;
        }

        return FromText(text, path, diagnostics);
    }

    /// <summary>Reads a map from decoded text; <paramref name="path"/> names it in diagnostics.</summary>
    public static UnitMap? FromText(string text, string path, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.Count(d => d.IsError);
        var options = new CsvReaderOptions { Separator = ',', HasHeader = false, TrackLineNumbers = true, CommentPrefix = '#' };
        using var reader = CsvReader.FromText(text.TrimStart('\uFEFF'), options);
        if (!reader.Read())
        {
            diagnostics.Report(DataDiagnostics.UnitMapColumnMissing, SourceLocation.File(path), Columns[0]);
            return null;
        }

        var header = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i).Trim()).ToList();
        var indices = Columns.Select(c => header.FindIndex(h => string.Equals(h, c, StringComparison.OrdinalIgnoreCase))).ToArray();
        foreach (var missing in Columns.Where((_, i) => indices[i] < 0))
        {
            diagnostics.Report(DataDiagnostics.UnitMapColumnMissing, new SourceLocation(path, (int)reader.LineNumber, 1), missing);
        }

        if (indices.Any(i => i < 0))
        {
            return null;
        }

        var successors = new Dictionary<Unit, Unit>();
        var firstLineOf = new Dictionary<Unit, int>();
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            var cells = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i).Trim()).ToArray();
            if (cells.All(c => c.Length == 0))
            {
                continue;
            }

            if (cells.Length != header.Count)
            {
                diagnostics.Report(DataDiagnostics.WrongCellCount, new SourceLocation(path, line, 1), cells.Length, header.Count);
                continue;
            }

            var code = cells[indices[0]];
            var from = Resolve(UnitRegistry.Provinces63, cells[indices[1]], new SourceLocation(path, line, indices[1] + 1), diagnostics);
            var to = Resolve(UnitRegistry.Provinces34, cells[indices[2]], new SourceLocation(path, line, indices[2] + 1), diagnostics);
            if (from is null)
            {
                continue;
            }

            if (!string.Equals(code, from.Code, StringComparison.Ordinal))
            {
                diagnostics.Report(DataDiagnostics.UnitMapCodeMismatch, new SourceLocation(path, line, indices[0] + 1), code, cells[indices[1]], from.Code);
            }

            if (firstLineOf.TryGetValue(from, out var firstLine))
            {
                diagnostics.Report(DataDiagnostics.UnitMappedTwice, new SourceLocation(path, line, indices[1] + 1), from.Name, firstLine);
                continue;
            }

            firstLineOf[from] = line;
            if (to is not null)
            {
                successors[from] = to;
            }
        }

        var unmapped = UnitRegistry.Provinces63.Units.Where(u => !firstLineOf.ContainsKey(u)).Select(u => u.Name).ToList();
        if (unmapped.Count > 0)
        {
            diagnostics.Report(DataDiagnostics.UnitsNotMapped, SourceLocation.File(path), unmapped.Count, string.Join(", ", unmapped), UnitRegistry.Provinces63.Name);
        }

        return diagnostics.Count(d => d.IsError) > errorsBefore ? null : new UnitMap(path, successors);
    }

    private static Unit? Resolve(UnitRegistry registry, string written, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (LegacyFontCheck.Reported(written, location, diagnostics))
        {
            return null;
        }

        if (registry.TryResolve(written, out var unit))
        {
            return unit;
        }

        var suggestions = registry.Suggest(written).Select(u => u.Name).ToList();
        diagnostics.Report(DataDiagnostics.UnknownUnit, location, written, SuggestionPhrase.DidYouMean(suggestions), registry.Name);
        return null;
    }
}
