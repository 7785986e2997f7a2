using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using CsvHelper;
using DtiRules.Language.Binding;
using DtiRules.Language.Text;
using DtiRules.Data.Text;

namespace DtiRules.Data.Units;

/// <summary>
/// The units a dataset may name, with every spelling that is accepted for each: its name, its
/// aliases, its code and its slug, all compared by <see cref="NormalizeKey"/>.
/// </summary>
public sealed class UnitRegistry
{
    private static readonly Lazy<UnitRegistry> LazyProvinces63 = new(() => FromResource("provinces-63"));
    private static readonly Lazy<UnitRegistry> LazyProvinces34 = new(() => FromResource("provinces-34"));

    // Longest first, so that "thanh pho " is removed before a shorter prefix could match part of it.
    private static readonly string[] NamePrefixes = ["thanh pho ", "tinh ", "tp.", "tp "];

    private readonly Dictionary<string, Unit> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<Unit, IReadOnlyList<string>> _names = [];
    private readonly Dictionary<Unit, IReadOnlyList<string>> _keys = [];

    private UnitRegistry(string name, IEnumerable<(Unit Unit, IReadOnlyList<string> Aliases)> entries)
    {
        Name = name;
        var units = new List<Unit>();
        foreach (var (unit, aliases) in entries)
        {
            units.Add(unit);
            IReadOnlyList<string> names = [unit.Name, .. aliases];
            _names[unit] = names;
            var keys = names.Append(unit.Code).Append(unit.Slug).Select(NormalizeKey).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            _keys[unit] = keys;
            foreach (var key in keys)
            {
                if (_byKey.TryGetValue(key, out var other) && other != unit)
                {
                    throw new InvalidOperationException($"Registry '{name}': '{key}' names both {other.Name} and {unit.Name}.");
                }

                _byKey[key] = unit;
            }
        }

        Units = units;
    }

    /// <summary>The 63 provinces and centrally-run cities before the 2025 merger, each with the province it became part of.</summary>
    public static UnitRegistry Provinces63 => LazyProvinces63.Value;

    /// <summary>The 34 provinces after the 2025 merger (Resolution 202/2025/QH15).</summary>
    public static UnitRegistry Provinces34 => LazyProvinces34.Value;

    /// <summary>The registry's name, which is also its file name in <c>data/units/</c>, e.g. <c>provinces-63</c>.</summary>
    public string Name { get; }

    /// <summary>The units, in registry order (by statistical code).</summary>
    public IReadOnlyList<Unit> Units { get; }

    /// <summary>
    /// The registry for a ruleset's unit kind: <c>province</c> gives <see cref="Provinces63"/>.
    /// Other kinds (ministries, districts, departments) have no registry, and null is returned so
    /// that the caller reports <see cref="DataDiagnostics.NoUnitRegistry"/> rather than accepting any name.
    /// </summary>
    public static UnitRegistry? ForKind(string unitKind) =>
        string.Equals(unitKind, "province", StringComparison.Ordinal) ? Provinces63 : null;

    /// <summary>
    /// The comparison key of a written name: diacritics removed (so NFC, NFD and unaccented forms
    /// match, and so do accent placements such as Hòa/Hoà), đ as d, lower case, without a leading
    /// "tỉnh", "thành phố", "tp." or "tp ", and without anything but letters and digits.
    /// </summary>
    public static string NormalizeKey(string written)
    {
        var folded = TextFolding.Fold(written);
        var removed = true;
        while (removed)
        {
            removed = false;
            foreach (var prefix in NamePrefixes)
            {
                if (folded.StartsWith(prefix, StringComparison.Ordinal))
                {
                    folded = folded[prefix.Length..].TrimStart();
                    removed = true;
                }
            }
        }

        return TextFolding.LettersAndDigits(folded);
    }

    /// <summary>The accepted written names of <paramref name="unit"/>: its name first, then its aliases.</summary>
    public IReadOnlyList<string> NamesOf(Unit unit) => _names.TryGetValue(unit, out var names) ? names : [];

    /// <summary>Finds the unit <paramref name="written"/> names, by name, alias, code or slug.</summary>
    public bool TryResolve(string written, [MaybeNullWhen(false)] out Unit unit) =>
        _byKey.TryGetValue(NormalizeKey(written), out unit);

    /// <summary>Up to <paramref name="count"/> units whose spellings are closest to <paramref name="written"/> by edit distance, closest first.</summary>
    public IReadOnlyList<Unit> Suggest(string written, int count = 3) =>
        NameSuggestions.Closest(NormalizeKey(written), Units, unit => _keys[unit], count);

    private static UnitRegistry FromResource(string name)
    {
        var resource = $"DtiRules.Data.Units.{name}.csv";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The unit registry resource '{resource}' is missing from the assembly.");
        using var reader = CsvReader.Create(stream, new CsvReaderOptions { Separator = ',' }, leaveOpen: false);
        var entries = new List<(Unit, IReadOnlyList<string>)>();
        var hasSuccessor = reader.TryGetFieldIndex("unit_2025", out var successorIndex);
        var codeIndex = reader.GetFieldIndex("code");
        var nameIndex = reader.GetFieldIndex("name");
        var slugIndex = reader.GetFieldIndex("slug");
        var aliasesIndex = reader.GetFieldIndex("aliases");
        while (reader.Read())
        {
            var unit = new Unit(
                reader.GetString(codeIndex),
                reader.GetString(nameIndex),
                reader.GetString(slugIndex),
                hasSuccessor ? reader.GetString(successorIndex) : null);
            var aliases = reader.GetString(aliasesIndex).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            entries.Add((unit, aliases));
        }

        return new UnitRegistry(name, entries);
    }
}
