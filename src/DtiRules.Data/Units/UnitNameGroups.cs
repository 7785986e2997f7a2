using System.Diagnostics.CodeAnalysis;

namespace DtiRules.Data.Units;

/// <summary>
/// Values grouped by the unit name they were written with, names that are the same by
/// <see cref="UnitNameKey.SameName"/> sharing a group: case, spacing and accent placement never
/// matter, diacritics only when both names have them (Hà Nội and HA NOI share a group, Tân Hòa
/// and Tân Hóa do not).
/// </summary>
/// <typeparam name="T">What each group holds.</typeparam>
internal sealed class UnitNameGroups<T>
    where T : class
{
    private readonly Dictionary<string, T> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T> _byFolded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T> _unaccentedByFolded = new(StringComparer.Ordinal);

    /// <summary>The group of a name the same as <paramref name="written"/>, if one was added.</summary>
    public bool TryGet(string written, [NotNullWhen(true)] out T? group)
    {
        var key = UnitNameKey.Of(written);
        if (key.Length == 0)
        {
            return _byKey.TryGetValue(written, out group);
        }

        var folded = UnitNameKey.FoldedOf(written);
        var others = UnitNameKey.HasDiacritics(written) ? _unaccentedByFolded : _byFolded;
        return _byKey.TryGetValue(key, out group) || others.TryGetValue(folded, out group);
    }

    /// <summary>Adds <paramref name="group"/> for names the same as <paramref name="written"/>.</summary>
    public void Add(string written, T group)
    {
        var key = UnitNameKey.Of(written);
        if (key.Length == 0)
        {
            _byKey.TryAdd(written, group);
            return;
        }

        var folded = UnitNameKey.FoldedOf(written);
        _byKey.TryAdd(key, group);
        _byFolded.TryAdd(folded, group);
        if (!UnitNameKey.HasDiacritics(written))
        {
            _unaccentedByFolded.TryAdd(folded, group);
        }
    }
}
