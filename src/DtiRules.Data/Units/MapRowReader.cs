using System.Text;
using DtiRules.Data.Reading;
using DtiRules.Data.Resources;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;

namespace DtiRules.Data.Units;

/// <summary>Reads the rows of a unit map one at a time: finds each unit before the change and the unit after it, reporting every problem where it is written.</summary>
internal sealed class MapRowReader(TextTable table, UnitList before, MapColumns columns, DiagnosticBag diagnostics)
{
    private readonly Dictionary<Unit, string> _targetOf = [];
    private readonly Dictionary<Unit, int> _lineOf = [];
    private readonly Dictionary<string, (string Name, int Line)> _targetNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Unit> _legacyTargets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceLocation> _unnamedTargets = new(StringComparer.Ordinal);

    /// <summary>True when a row maps <paramref name="unit"/>.</summary>
    public bool Maps(Unit unit) => _lineOf.ContainsKey(unit);

    /// <summary>Reads one row.</summary>
    public void Read(CsvRecord record)
    {
        string Cell(int index) => index < 0 ? string.Empty : record.Cells[index].Trim().Normalize(NormalizationForm.FormC);
        SourceLocation At(int index) => new(table.CellPath, record.Line, index + 1);
        bool IsNumberCell(int index, string column)
        {
            if (index < 0 || !table.NumberCells.Contains((record.Line, index)))
            {
                return false;
            }

            diagnostics.Report(DataDiagnostics.NumberCellCode, At(index), column, Cell(index));
            return true;
        }

        if (IsNumberCell(columns.FromCode, "from_code") | IsNumberCell(columns.ToCode, "to_code"))
        {
            return;
        }

        var from = From(Cell(columns.FromCode), Cell(columns.FromName), At);
        var target = columns.ToCode >= 0 ? Target(Cell(columns.ToCode), Cell(columns.ToName), record.Line, At) : LegacyTarget(Cell(columns.ToName), At(columns.ToName));
        if (from is null)
        {
            return;
        }

        if (_lineOf.TryGetValue(from, out var firstLine))
        {
            diagnostics.Report(DataDiagnostics.UnitMappedTwice, At(columns.FromName >= 0 ? columns.FromName : columns.FromCode), from.Name, firstLine);
            return;
        }

        _lineOf[from] = record.Line;
        if (target is not null)
        {
            _targetOf[from] = target;
        }
    }

    /// <summary>The unit after the change of every unit mapped, once every row is read.</summary>
    public IReadOnlyDictionary<Unit, Unit> Successors()
    {
        var targets = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var constituents in _targetOf.GroupBy(p => p.Value, p => p.Key, StringComparer.Ordinal))
        {
            if (_legacyTargets.TryGetValue(constituents.Key, out var province))
            {
                targets[constituents.Key] = province;
            }
            else if (NewUnit(constituents.Key, [.. constituents]) is { } unit)
            {
                targets[constituents.Key] = unit;
            }
            else
            {
                diagnostics.Report(DataDiagnostics.UnknownMapTarget, _unnamedTargets[constituents.Key], constituents.Key);
            }
        }

        return _targetOf.Where(p => targets.ContainsKey(p.Value)).ToDictionary(p => p.Key, p => targets[p.Value]);
    }

    /// <summary>
    /// The unit before the change: by its name when the row gives one (the code then a check, or the
    /// choice among units of that name), else by its code; a row with neither is reported.
    /// </summary>
    private Unit? From(string code, string name, Func<int, SourceLocation> at)
    {
        if (columns.FromName < 0 || name.Length == 0)
        {
            if (code.Length == 0)
            {
                diagnostics.Report(DataDiagnostics.EmptyListCell, at(columns.FromCode), columns.FromName < 0 ? "from_code" : DiagnosticTexts.Phrase(nameof(DiagnosticText.FromCodeOrName)));
                return null;
            }

            if (before.ByCode(code) is { } byCode)
            {
                return byCode;
            }

            diagnostics.Report(DataDiagnostics.UnknownUnit, at(columns.FromCode), code, string.Empty, before.Name);
            return null;
        }

        var match = before.Find(name);
        if (match.Candidates.FirstOrDefault(c => c.Code == code) is { } chosen)
        {
            return chosen;
        }

        if (before.Resolve(name, at(columns.FromName), diagnostics) is not { } unit)
        {
            return null;
        }

        if (unit.Code != code)
        {
            diagnostics.Report(DataDiagnostics.UnitMapCodeMismatch, at(columns.FromCode), code, name, unit.Code);
        }

        return unit;
    }

    /// <summary>The code of the unit after the change; its name is checked against earlier rows of the same code.</summary>
    private string? Target(string code, string name, int line, Func<int, SourceLocation> at)
    {
        if (code.Length == 0)
        {
            diagnostics.Report(DataDiagnostics.EmptyListCell, at(columns.ToCode), "to_code");
            return null;
        }

        if (name.Length == 0)
        {
            _unnamedTargets.TryAdd(code, at(columns.ToCode));
            return code;
        }

        if (_targetNames.TryGetValue(code, out var first) && !UnitNameKey.SameName(first.Name, name))
        {
            diagnostics.Report(DataDiagnostics.MapTargetNamedTwice, at(columns.ToName), code, first.Name, first.Line, name);
            return null;
        }

        _targetNames.TryAdd(code, (name, line));
        return code;
    }

    private string? LegacyTarget(string name, SourceLocation at)
    {
        if (UnitList.Provinces34.Resolve(name, at, diagnostics) is not { } province)
        {
            return null;
        }

        _legacyTargets[province.Code] = province;
        return province.Code;
    }

    /// <summary>A unit of the list or a province with <paramref name="code"/>, whose kind and parent a target of that code keeps.</summary>
    private Unit? KnownUnit(string code) =>
        before.ByCode(code) ?? UnitList.Provinces34.ByCode(code) ?? UnitList.Provinces63.ByCode(code);

    /// <summary>
    /// The unit after the change with <paramref name="code"/>: a known unit's kind and parent, under
    /// the name the map gives; otherwise the kind of the units it is made of and their parent when
    /// they share one; null when the code is unknown and no row names it.
    /// </summary>
    private Unit? NewUnit(string code, IReadOnlyList<Unit> constituents)
    {
        var name = _targetNames.TryGetValue(code, out var named) ? named.Name : null;
        if (KnownUnit(code) is { } known)
        {
            return known with { Name = name ?? known.Name };
        }

        if (name is null)
        {
            return null;
        }

        var parents = constituents.Select(c => c.Parent).Distinct().ToList();
        var kind = constituents.Select(c => c.Kind).FirstOrDefault() ?? UnitKinds.Custom;
        return new Unit(code, name, kind, parents is [var shared] ? shared : null);
    }
}
