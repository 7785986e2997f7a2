using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using DtiRules.Data.Resources;
using DtiRules.Data.Text;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;

namespace DtiRules.Data.Units;

/// <summary>
/// The units a dataset may name, each with every spelling accepted for it. A written name resolves
/// by its code (a whole cell equal to a code exactly as listed), by its name or an alias however it
/// is written (<see cref="UnitNameKey"/>), or, when a name is shared, as <c>Name, Parent</c> or
/// <c>Name (Parent)</c> with the parent (or a unit further up) by name or code. An open list takes
/// any name as a unit of its own.
/// </summary>
public sealed class UnitList
{
    /// <summary>The longest unit name, alias or code accepted, in a list or in data.</summary>
    public const int MaxNameLength = 200;

    private const int CandidatesShown = 10;

    // "Ủy ban nhân dân thành phố Buôn Ma Thuột" is the longest parent written after a name without a comma.
    private const int MaxQualifierWords = 10;

    private static readonly Lazy<UnitList> LazyProvinces63 = new(() => UnitListReader.FromResource("provinces-63"));
    private static readonly Lazy<UnitList> LazyProvinces34 = new(() => UnitListReader.FromResource("provinces-34"));

    private readonly UnitIndex _units;
    private readonly UnitIndex _ancestors;
    private readonly UnitIndex _others;

    /// <summary>A list of <paramref name="units"/> of kind <paramref name="kind"/>.</summary>
    /// <param name="name">How messages name the list: its path, e.g. <c>data/units/provinces-63.csv</c>.</param>
    /// <param name="kind">The kind of unit scored from the list.</param>
    /// <param name="units">The units that data may name, in list order.</param>
    /// <param name="others">Units of other kinds above them (a commune list's districts).</param>
    /// <param name="aliasesOf">The aliases of each of those units and of every unit above them.</param>
    internal UnitList(string name, string kind, IReadOnlyList<Unit> units, IReadOnlyList<Unit> others, Func<Unit, IReadOnlyList<string>> aliasesOf)
    {
        Name = name;
        Kind = kind;
        _units = new UnitIndex(units.Select(u => (u, aliasesOf(u))));
        _others = new UnitIndex(others.Select(u => (u, aliasesOf(u))));
        _ancestors = new UnitIndex(units.SelectMany(Ancestors).Distinct().Select(u => (u, aliasesOf(u))));
        HasParents = units.Any(u => u.Parent is not null);
    }

    private UnitList(string kind)
        : this("open", kind, [], [], _ => [])
    {
        IsOpen = true;
    }

    /// <summary>The 63 provinces and centrally-run cities before the 2025 merger: the default list for <c>unit province</c>.</summary>
    public static UnitList Provinces63 => LazyProvinces63.Value;

    /// <summary>The 34 provinces after the 2025 merger (Resolution 202/2025/QH15).</summary>
    public static UnitList Provinces34 => LazyProvinces34.Value;

    /// <summary>How messages name the list: its path, or <c>open</c>.</summary>
    public string Name { get; }

    /// <summary>The kind of unit scored from the list.</summary>
    public string Kind { get; }

    /// <summary>True for a list built into the tool (the provinces before and after the 2025 merger), which is no file of the user's.</summary>
    public bool IsBuiltIn => (LazyProvinces63.IsValueCreated && ReferenceEquals(this, LazyProvinces63.Value))
        || (LazyProvinces34.IsValueCreated && ReferenceEquals(this, LazyProvinces34.Value));

    /// <summary>True for an open list, which takes every distinct name as a unit.</summary>
    public bool IsOpen { get; }

    /// <summary>The units data may name, in list order; empty for an open list.</summary>
    public IReadOnlyList<Unit> Units => _units.Units;

    /// <summary>True when some unit has a parent, so results can rank within parents.</summary>
    public bool HasParents { get; }

    /// <summary>The built-in list of a unit kind: <see cref="Provinces63"/> for <c>province</c>, null for other kinds.</summary>
    public static UnitList? BuiltInFor(string kind) => kind == UnitKinds.Province ? Provinces63 : null;

    /// <summary>An open list of units of kind <paramref name="kind"/>.</summary>
    public static UnitList Open(string kind) => new(kind);

    /// <summary>The accepted written names of <paramref name="unit"/>: its name first, then its aliases.</summary>
    public IReadOnlyList<string> NamesOf(Unit unit) => _units.NamesOf(unit);

    /// <summary>The unit whose code is exactly <paramref name="code"/>, or null.</summary>
    public Unit? ByCode(string code) => _units.ByCode(code);

    /// <summary>What <paramref name="written"/> names: one unit, several (ambiguous), or none.</summary>
    public UnitMatch Find(string written)
    {
        var text = written.Trim().Normalize(NormalizationForm.FormC);
        if (text.Length == 0)
        {
            return UnitMatch.None;
        }

        if (IsOpen)
        {
            return UnitMatch.Of(new Unit(text, text, Kind, null));
        }

        if (_units.ByCode(text) is { } byCode)
        {
            return UnitMatch.Of(byCode);
        }

        var byName = _units.ByName(text);
        if (byName.Count == 1)
        {
            return UnitMatch.Of(byName[0]);
        }

        var qualified = Qualified(text);
        if (qualified is [var one])
        {
            return UnitMatch.Of(one);
        }

        if (byName.Count > 1 || qualified.Count > 1)
        {
            return new UnitMatch(null, byName.Count > 1 ? byName : qualified, null);
        }

        var other = _others.ByCode(text) ?? (_others.ByName(text) is [var single] ? single : null);
        return new UnitMatch(null, [], other);
    }

    /// <summary>Finds the one unit <paramref name="written"/> names.</summary>
    public bool TryResolve(string written, [MaybeNullWhen(false)] out Unit unit)
    {
        unit = Find(written).Unit;
        return unit is not null;
    }

    /// <summary>
    /// The one unit <paramref name="written"/> names, or null with the problem reported at
    /// <paramref name="location"/>: the candidates when it is ambiguous, the closest names (with
    /// their parents) when it is unknown unless <paramref name="suggest"/> is false.
    /// </summary>
    public Unit? Resolve(string written, SourceLocation? location, DiagnosticBag diagnostics, bool suggest = true)
    {
        if (location is not null && LegacyFontCheck.Reported(written, location, diagnostics))
        {
            return null;
        }

        var match = Find(written);
        if (match.Unit is { } unit)
        {
            return unit;
        }

        if (match.Candidates.Count > 0)
        {
            var shown = string.Join("; ", match.Candidates.Take(CandidatesShown).Select(c => c.Describe()))
                + (match.Candidates.Count > CandidatesShown ? DiagnosticTexts.Phrase(nameof(DiagnosticText.PhraseAndMore), match.Candidates.Count - CandidatesShown) : string.Empty);
            var first = match.Candidates[0];
            var example = first.Parent is { } parent ? $"{first.Name}, {parent.Name}" : first.Code;
            diagnostics.Report(DataDiagnostics.AmbiguousUnit, location, written, match.Candidates.Count, shown, example);
        }
        else if (match.OfOtherKind is { } other)
        {
            diagnostics.Report(DataDiagnostics.NotOfRulesetKind, location, written, other.Describe(), other.Kind, Kind);
        }
        else
        {
            var hint = ZeroPadded(written) is { } padded
                ? DiagnosticTexts.Phrase(nameof(DiagnosticText.PhraseCodeLostLeadingZeros), padded.Code, Quoted(padded))
                : SuggestionPhrase.Phrase([.. (suggest ? Suggest(written) : []).Select(Quoted)]);
            diagnostics.Report(DataDiagnostics.UnknownUnit, location, written, hint, Name);
        }

        return null;
    }

    /// <summary>
    /// The unit whose code is <paramref name="written"/>, a number, with the zeros in front it lost in
    /// an Excel number cell (<c>1</c> for <c>01</c>), padded to the width of a code of the list; null
    /// when it is not a number or no code or more than one matches.
    /// </summary>
    private Unit? ZeroPadded(string written)
    {
        var digits = written.Trim();
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        var matches = _units.Units
            .Where(u => u.Code.Length > digits.Length && u.Code.All(char.IsAsciiDigit) && u.Code.TrimStart('0') == digits.TrimStart('0'))
            .Take(2)
            .ToList();
        return matches is [var one] ? one : null;
    }

    /// <summary>Up to <paramref name="count"/> units whose spellings are closest to <paramref name="written"/>, closest first.</summary>
    public IReadOnlyList<Unit> Suggest(string written, int count = 3) => _units.Suggest(written, count);

    /// <summary>A suggested unit as <c>'Xã Hòa Bình' (Đắk Lắk, 66)</c>: with its parent when it has one.</summary>
    private static string Quoted(Unit unit) => unit.Parent is { } parent ? $"'{unit.Name}' ({parent.Name}, {parent.Code})" : $"'{unit.Name}'";

    /// <summary>
    /// The units a qualified name names: <c>Name, Parent</c>, <c>Name (Parent)</c>, a chain such as
    /// <c>Name, District, Province</c>, or a name followed by its parent without a comma
    /// (<c>Sở Y tế tỉnh Đắk Lắk</c>); each qualifier that names a unit of the list by code or name
    /// must name one above, one at least must, and the first reading that names any unit decides.
    /// </summary>
    private IReadOnlyList<Unit> Qualified(string text)
    {
        foreach (var (name, qualifiers) in Readings(text))
        {
            // A level the list does not have (the district of "Xã A, huyện B, tỉnh C" in a list of
            // communes under provinces) says nothing; at least one qualifier must name a unit above.
            var above = qualifiers
                .Select(qualifier => _ancestors.ByCode(qualifier) is { } byCode ? [byCode] : _ancestors.ByName(qualifier))
                .Where(ancestors => ancestors.Count > 0)
                .ToList();
            if (above.Count > 0
                && _units.ByName(name, unit => above.All(candidates => Ancestors(unit).Any(candidates.Contains))) is { Count: > 0 } found)
            {
                return found;
            }
        }

        return [];
    }

    /// <summary>
    /// The ways <paramref name="text"/> splits into a name and the units above it: at its commas and
    /// a closing parenthesis, else before each word, the longest name first.
    /// </summary>
    private static IEnumerable<(string Name, IReadOnlyList<string> Qualifiers)> Readings(string text)
    {
        var qualifiers = new List<string>();
        var rest = text;
        var open = rest.LastIndexOf('(');
        if (rest.EndsWith(')') && open > 0)
        {
            qualifiers.Add(rest[(open + 1)..^1].Trim());
            rest = rest[..open].Trim();
        }

        var parts = rest.Split(',', StringSplitOptions.TrimEntries);
        qualifiers.InsertRange(0, parts.Skip(1));
        if (qualifiers.Count > 0)
        {
            if (parts[0].Length > 0 && qualifiers.All(q => q.Length > 0))
            {
                yield return (parts[0], qualifiers);
            }

            yield break;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var split = words.Length - 1; split >= Math.Max(1, words.Length - MaxQualifierWords); split--)
        {
            yield return (string.Join(' ', words[..split]), [string.Join(' ', words[split..])]);
        }
    }

    private static IEnumerable<Unit> Ancestors(Unit unit)
    {
        for (var parent = unit.Parent; parent is not null; parent = parent.Parent)
        {
            yield return parent;
        }
    }
}
