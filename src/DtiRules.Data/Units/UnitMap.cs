using System.Globalization;
using DtiRules.Data.Reading;
using DtiRules.Data.Resources;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;

namespace DtiRules.Data.Units;

/// <summary>
/// Where each unit went in a change of units: every unit of <see cref="Before"/> (the list the data
/// is scored with) maps to exactly one unit after the change. Read from a CSV or workbook with the
/// header <c>from_code,to_code,to_name</c> (<c>from_name</c> may be added as a check, <c>to_name</c>
/// left out when <c>to_code</c> is a unit of the list or a province), such as communes merged
/// into new communes or a district's units sent to their province; or with the header
/// <c>from_code,from_name,to_name</c> of <c>data/units/merger-2025.csv</c>, whose <c>to_name</c> is
/// one of the 34 provinces. <see cref="Parents"/> sends every unit to its parent instead.
/// </summary>
public sealed class UnitMap
{
    private const int NamesListed = 8;

    private readonly Dictionary<string, Unit> _successorByCode;
    private readonly Dictionary<string, IReadOnlyList<Unit>> _constituentsByCode;

    private UnitMap(string path, UnitList before, IReadOnlyDictionary<Unit, Unit> successors, bool toParents = false)
    {
        Path = path;
        Before = before;
        ToParents = toParents;
        _successorByCode = successors.ToDictionary(p => p.Key.Code, p => p.Value, StringComparer.Ordinal);
        MergedUnits = [.. successors.Values.DistinctBy(u => u.Code).OrderBy(u => u.Code, StringComparer.Ordinal)];
        _constituentsByCode = before.Units
            .Where(successors.ContainsKey)
            .GroupBy(from => successors[from].Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Unit>)[.. g], StringComparer.Ordinal);
    }

    /// <summary>The file the map was read from, as the user named it, or what the map is (e.g. the units' parents).</summary>
    public string Path { get; }

    /// <summary>True for the map that sends every unit to its parent (a roll-up), false for a change of units read from a file.</summary>
    public bool ToParents { get; }

    /// <summary>The units before the change: the list the data is scored with.</summary>
    public UnitList Before { get; }

    /// <summary>The units after the change that at least one unit maps to, by code.</summary>
    public IReadOnlyList<Unit> MergedUnits { get; }

    /// <summary>The unit after the change that the unit with code <paramref name="beforeCode"/> became part of.</summary>
    /// <exception cref="KeyNotFoundException">The code is not a unit of <see cref="Before"/>.</exception>
    public Unit SuccessorOf(string beforeCode) => _successorByCode[beforeCode];

    /// <summary>The units of <see cref="Before"/> that went into the unit with code <paramref name="afterCode"/>, in list order; empty when none.</summary>
    public IReadOnlyList<Unit> ConstituentsOf(string afterCode) =>
        _constituentsByCode.TryGetValue(afterCode, out var constituents) ? constituents : [];

    /// <summary>
    /// The map that sends every unit of <paramref name="list"/> to its parent, for rolling results up;
    /// null, with the units that have no parent reported in one diagnostic, when some unit has none.
    /// </summary>
    public static UnitMap? Parents(UnitList list, DiagnosticBag diagnostics)
    {
        // A built-in list is no file of the user's, so nothing points into it.
        var at = list.IsOpen || list.IsBuiltIn ? null : SourceLocation.File(list.Name);
        var described = list.IsOpen ? DiagnosticTexts.Phrase(nameof(DiagnosticText.TheOpenList)) : list.IsBuiltIn ? DiagnosticTexts.Phrase(nameof(DiagnosticText.TheBuiltInList), list.Kind) : list.Name;
        if (list.IsOpen || !list.HasParents)
        {
            diagnostics.Report(DataDiagnostics.NothingToRollUpTo, at, described, list.Kind);
            return null;
        }

        var orphans = list.Units.Where(u => u.Parent is null).ToList();
        if (orphans.Count > 0)
        {
            var named = string.Join(", ", orphans.Take(NamesListed).Select(u => u.Describe()))
                + (orphans.Count > NamesListed ? string.Create(CultureInfo.InvariantCulture, $" and {orphans.Count - NamesListed} more") : string.Empty);
            diagnostics.Report(DataDiagnostics.NoParent, at, orphans.Count, list.Units.Count, described, named);
        }

        return orphans.Count > 0 ? null : new UnitMap(DiagnosticTexts.Phrase(nameof(DiagnosticText.ParentsIn), list.Name), list, list.Units.ToDictionary(u => u, u => u.Parent!), toParents: true);
    }

    /// <summary>Reads the map at <paramref name="path"/> for data scored with <paramref name="before"/>; null, with every problem reported, when it is not a complete map.</summary>
    public static UnitMap? Read(string path, UnitList before, DiagnosticBag diagnostics)
    {
        if (FileBytes.TryRead(path, out var reason) is not { } bytes)
        {
            diagnostics.Report(DataDiagnostics.CannotReadFile, SourceLocation.File(path), reason);
            return null;
        }

        return TextTable.Read(bytes, path, diagnostics) is { } table ? FromTable(table, path, before, diagnostics) : null;
    }

    /// <summary>Reads a map from decoded CSV text; <paramref name="path"/> names it in diagnostics.</summary>
    public static UnitMap? FromText(string text, string path, UnitList before, DiagnosticBag diagnostics) =>
        FromTable(new TextTable(path, CsvDatasetReader.ReadTable(text, path, diagnostics).Records, new HashSet<(int, int)>()), path, before, diagnostics);

    private static UnitMap? FromTable(TextTable table, string path, UnitList before, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.Count(d => d.IsError);
        if (table.Records.Count == 0)
        {
            diagnostics.Report(DataDiagnostics.UnitMapColumnMissing, SourceLocation.File(path), "from_code");
            return null;
        }

        var header = table.Records[0];
        var names = header.Cells.Select(c => c.Trim()).ToList();
        int Column(string name) => names.FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        var columns = new MapColumns(Column("from_code"), Column("from_name"), Column("to_code"), Column("to_name"));
        var missing = new List<string>();
        if (columns.FromCode < 0)
        {
            missing.Add("from_code");
        }

        if (columns.ToCode < 0 && columns.ToName < 0)
        {
            missing.Add("to_code");
        }

        foreach (var column in missing)
        {
            diagnostics.Report(DataDiagnostics.UnitMapColumnMissing, new SourceLocation(table.CellPath, header.Line, 1), column);
        }

        if (missing.Count > 0)
        {
            return null;
        }

        var reader = new MapRowReader(table, before, columns, diagnostics);
        foreach (var record in table.Records.Skip(1))
        {
            if (CsvDatasetReader.HasCellCount(record, header.Cells.Length, table.CellPath, diagnostics))
            {
                reader.Read(record);
            }
        }

        var successors = reader.Successors();
        var unmapped = before.Units.Where(u => !reader.Maps(u)).Select(u => u.Name).ToList();
        if (unmapped.Count > 0)
        {
            var listed = string.Join(", ", unmapped.Take(NamesListed))
                + (unmapped.Count > NamesListed ? string.Create(CultureInfo.InvariantCulture, $" and {unmapped.Count - NamesListed} more") : string.Empty);
            diagnostics.Report(DataDiagnostics.UnitsNotMapped, SourceLocation.File(path), unmapped.Count, listed, before.Name);
        }

        return diagnostics.Count(d => d.IsError) > errorsBefore ? null : new UnitMap(path, before, successors);
    }
}
