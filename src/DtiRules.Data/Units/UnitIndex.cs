using DtiRules.Language.Binding;

namespace DtiRules.Data.Units;

/// <summary>
/// Units looked up by code (exactly as written) and by every key of every spelling (name and
/// aliases, see <see cref="UnitNameKey"/>).
/// </summary>
internal sealed class UnitIndex
{
    private readonly Dictionary<string, Unit> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Unit>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<Unit, (IReadOnlyList<string> Names, IReadOnlyList<string> Keys)> _spellings = [];

    /// <summary>Indexes <paramref name="entries"/>, each unit with its aliases, in order.</summary>
    public UnitIndex(IEnumerable<(Unit Unit, IReadOnlyList<string> Aliases)> entries)
    {
        var units = new List<Unit>();
        foreach (var (unit, aliases) in entries)
        {
            IReadOnlyList<string> names = [unit.Name, .. aliases];
            var keys = names.SelectMany(UnitNameKey.IndexedStages).Distinct(StringComparer.Ordinal).ToList();
            if (!_spellings.TryAdd(unit, (names, keys)))
            {
                continue;
            }

            units.Add(unit);
            _byCode.TryAdd(unit.Code, unit);
            foreach (var key in keys)
            {
                if (!_byKey.TryGetValue(key, out var owners))
                {
                    _byKey[key] = owners = [];
                }

                owners.Add(unit);
            }
        }

        Units = units;
    }

    /// <summary>The units, in the order given.</summary>
    public IReadOnlyList<Unit> Units { get; }

    /// <summary>The unit whose code is exactly <paramref name="code"/>, or null.</summary>
    public Unit? ByCode(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>
    /// The units <paramref name="written"/> names that satisfy <paramref name="filter"/>: the
    /// written keys are tried from the name as written to the name without prefixes, first with
    /// their diacritics and then, as a fallback, without; the first key that names any unit
    /// decides, so a fallback naming two units (Tân Hòa, Tân Hóa) is ambiguous, never one of
    /// them. Empty when none.
    /// </summary>
    public IReadOnlyList<Unit> ByName(string written, Func<Unit, bool>? filter = null)
    {
        foreach (var key in UnitNameKey.Stages(written).Concat(UnitNameKey.FoldedStages(written)))
        {
            if (_byKey.TryGetValue(key, out var owners) && owners.Where(u => filter?.Invoke(u) ?? true).ToList() is { Count: > 0 } found)
            {
                return found;
            }
        }

        return [];
    }

    /// <summary>The written names of <paramref name="unit"/>: its name first, then its aliases.</summary>
    public IReadOnlyList<string> NamesOf(Unit unit) => _spellings.TryGetValue(unit, out var spellings) ? spellings.Names : [];

    /// <summary>
    /// Up to <paramref name="count"/> units whose spellings are closest to <paramref name="written"/>,
    /// closest first; the written name is compared with and without its prefixes, so a name that
    /// only looks like it starts with one ("Quản Trị" for Quảng Trị) still finds its unit.
    /// </summary>
    public IReadOnlyList<Unit> Suggest(string written, int count)
    {
        var named = Units.Where(u => _spellings[u].Keys.Count > 0).ToList();
        return [.. UnitNameKey.Stages(written)
            .SelectMany(stage => NameSuggestions.Closest(stage, named, unit => _spellings[unit].Keys, count)
                .Select(unit => (Unit: unit, Distance: _spellings[unit].Keys.Min(k => NameSuggestions.EditDistance(stage, k)))))
            .OrderBy(c => c.Distance)
            .Select(c => c.Unit)
            .Distinct()
            .Take(count)];
    }
}
