using DtiRules.Data.Resources;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;

namespace DtiRules.Data.Units;

/// <summary>
/// Turns the rows of a unit list into units: looks up each parent (in the list, else among the
/// provinces), and reports parents that are unknown or form a circle, units of another kind that
/// are no unit's parent, and names repeated under one parent.
/// </summary>
internal sealed class UnitListBuilder
{
    private readonly string _path;
    private readonly IReadOnlyList<ListRow> _rows;
    private readonly string _kind;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, ListRow> _rowOfCode;
    // Rows are distinct by position, so they are keyed by reference rather than by every cell.
    private readonly Dictionary<ListRow, Unit> _unitOfRow = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Unit, IReadOnlyList<string>> _aliases = [];
    private readonly HashSet<ListRow> _parents = new(ReferenceEqualityComparer.Instance);
    private readonly List<ListRow> _unknownParents = [];

    public UnitListBuilder(string path, IReadOnlyList<ListRow> rows, string kind, DiagnosticBag diagnostics)
    {
        _path = path;
        _rows = rows;
        _kind = kind;
        _diagnostics = diagnostics;
        _rowOfCode = rows.ToDictionary(r => r.Code, StringComparer.Ordinal);
    }

    /// <summary>The aliases of a unit of the list or of a province above one.</summary>
    public IReadOnlyList<string> AliasesOf(Unit unit) => _aliases.TryGetValue(unit, out var aliases) ? aliases : [];

    /// <summary>The units of the ruleset's kind (all units for <c>custom</c>), and the units of other kinds above them, in list order.</summary>
    public (IReadOnlyList<Unit> Units, IReadOnlyList<Unit> Others) Build()
    {
        foreach (var row in _rows)
        {
            Build(row, []);
        }

        ReportUnknownParents();
        CheckNamesUnderEachParent();
        var units = new List<Unit>();
        var others = new List<Unit>();
        foreach (var row in _rows)
        {
            if (_kind == UnitKinds.Custom || row.Kind == _kind)
            {
                units.Add(_unitOfRow[row]);
            }
            else if (_parents.Contains(row))
            {
                others.Add(_unitOfRow[row]);
            }
            else
            {
                _diagnostics.Report(DataDiagnostics.UnitOfAnotherKind, row.At(row.Columns.Kind), row.Name, row.Kind, _kind);
            }
        }

        return (units, others);
    }

    private Unit Build(ListRow row, List<ListRow> below)
    {
        if (_unitOfRow.TryGetValue(row, out var built))
        {
            return built;
        }

        Unit? parent = null;
        if (row.Parent.Length == 0)
        {
            // A unit at the top of the list.
        }
        else if (_rowOfCode.TryGetValue(row.Parent, out var parentRow))
        {
            _parents.Add(parentRow);
            if (parentRow == row || below.Contains(parentRow))
            {
                var circle = below.SkipWhile(r => r != parentRow).Append(row).Append(parentRow).Select(r => $"{r.Name} ({r.Code})");
                _diagnostics.Report(DataDiagnostics.ParentCycle, row.At(row.Columns.Parent), string.Join(" → ", circle));
            }
            else
            {
                parent = Build(parentRow, [.. below, row]);
            }
        }
        else if (BuiltInProvince(row.Parent) is { } province)
        {
            parent = province;
        }
        else
        {
            _unknownParents.Add(row);
        }

        var unit = new Unit(row.Code, row.Name, row.Kind, parent);
        _unitOfRow[row] = unit;
        _aliases[unit] = row.Aliases;
        return unit;
    }

    private Unit? BuiltInProvince(string code)
    {
        foreach (var list in new[] { UnitList.Provinces34, UnitList.Provinces63 })
        {
            if (list.ByCode(code) is { } province)
            {
                _aliases[province] = [.. list.NamesOf(province).Skip(1)];
                return province;
            }
        }

        return null;
    }

    /// <summary>An unknown parent code suggests the code of the unit it may have meant by name.</summary>
    private void ReportUnknownParents()
    {
        if (_unknownParents.Count == 0)
        {
            return;
        }

        var known = new UnitIndex(_unitOfRow.Values.Concat(UnitList.Provinces34.Units).Select(u => (u, AliasesOf(u))));
        foreach (var row in _unknownParents)
        {
            var meant = known.ByName(row.Parent) is [var single] ? " " + DiagnosticTexts.Phrase(nameof(DiagnosticText.DidYouMeanParentCode), single.Code, single.Name) : string.Empty;
            _diagnostics.Report(DataDiagnostics.UnknownParent, row.At(row.Columns.Parent), row.Parent, meant);
        }
    }

    /// <summary>
    /// Two units under one parent may not share a spelling: a name written in the data could not
    /// tell them apart. Spellings that differ only by diacritics (Hòa Bình, Hóa Bình) are distinct,
    /// unless one is written without any, which could mean either.
    /// </summary>
    private void CheckNamesUnderEachParent()
    {
        var namesUnder = new Dictionary<string, UnitNameGroups<ListRow>>(StringComparer.Ordinal);
        foreach (var row in _rows)
        {
            var unit = _unitOfRow[row];
            var parent = unit.Parent?.Code ?? string.Empty;
            if (!namesUnder.TryGetValue(parent, out var names))
            {
                namesUnder[parent] = names = new UnitNameGroups<ListRow>();
            }

            var spellings = row.Aliases.Select(a => (Text: a, Column: row.Columns.Aliases)).Prepend((Text: row.Name, Column: row.Columns.Name));
            foreach (var (text, column) in spellings)
            {
                if (UnitNameKey.Of(text).Length == 0)
                {
                    continue;
                }

                if (names.TryGet(text, out var other) && other != row)
                {
                    var under = unit.Parent is { } p ? $"{p.Name}, {p.Code}" : "none";
                    _diagnostics.Report(DataDiagnostics.DuplicateUnitName, row.At(column), text, other.Name, other.Line, under);
                    break;
                }

                names.Add(text, row);
            }
        }
    }
}
