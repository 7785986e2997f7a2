using DtiRules.Data.Binding;
using DtiRules.Data.Reading;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Evaluation;

namespace DtiRules.Analysis.Attribution;

/// <summary>
/// The game of one dataset: the value of a set of changes is each compared unit's published index
/// under the edition with only those changes. The empty set is scored with the base itself and the
/// full set with the edition, so the shares add up to exactly B − A.
/// </summary>
internal sealed class VariantGame
{
    private readonly BoundRuleset _a;
    private readonly BoundRuleset _b;
    private readonly EditionVariantCache _variants;
    private readonly RawDataset _data;
    private readonly UnitList _unitsA;
    private readonly UnitList _unitsB;
    private readonly IReadOnlyList<string> _codes;
    private ScoringResult? _full;

    public VariantGame(
        BoundRuleset a, BoundRuleset b, IReadOnlyList<EditionChange> changes, EditionVariantCache variants, RawDataset data, UnitList unitsA, UnitList unitsB, IReadOnlyList<string> codes)
    {
        (_a, _b, Changes, _variants, _data, _unitsA, _unitsB, _codes) = (a, b, changes, variants, data, unitsA, unitsB, codes);
    }

    /// <summary>The players.</summary>
    public IReadOnlyList<EditionChange> Changes { get; }

    /// <summary>The first set of changes whose edition did not check, or null.</summary>
    public ulong? Unchecked { get; private set; }

    /// <summary>Each compared unit's published index with the changes of <paramref name="coalition"/>; nulls when that edition does not check.</summary>
    public IReadOnlyList<decimal?> Value(ulong coalition)
    {
        var all = Changes.Count == 0 ? 0UL : ulong.MaxValue >> (64 - Changes.Count);
        var ruleset = coalition == 0 ? _a
            : coalition == all ? _b
            : _variants.With(Enumerable.Range(0, Changes.Count).Where(c => (coalition & (1UL << c)) != 0).Select(c => Changes[c]));
        if (ruleset is null || Score(ruleset, coalition == 0 ? _unitsA : _unitsB) is not { } result)
        {
            Unchecked ??= coalition;
            return new decimal?[_codes.Count];
        }

        if (coalition == all)
        {
            _full = result;
        }

        var byCode = Enumerable.Range(0, result.Units.Count).ToDictionary(u => result.Units[u].Code, StringComparer.Ordinal);
        return [.. _codes.Select(code => byCode.TryGetValue(code, out var u) && result.Ruleset.Index is { } index ? result.OutputValue(index, u) : null)];
    }

    /// <summary>The compared unit <paramref name="u"/> as the edition's scoring names it.</summary>
    public UnitIdentity Unit(int u) => Full.Units.First(x => x.Code == _codes[u]);

    /// <summary>True when a node <paramref name="change"/> adds is missing for unit <paramref name="u"/> under the edition.</summary>
    public bool DataMissing(EditionChange change, int u)
    {
        var full = Full;
        var unit = Enumerable.Range(0, full.Units.Count).First(x => full.Units[x].Code == _codes[u]);
        return change.NewNodes
            .Select(full.Ruleset.FindNode)
            .Any(n => n is { IsUnscored: false } node && (full.NodeFlags(node, unit) & CellFlags.Missing) != 0);
    }

    private ScoringResult Full => _full ??= Score(_b, _unitsB)!;

    private ScoringResult? Score(BoundRuleset ruleset, UnitList units) =>
        DatasetBinder.Bind(_data, ruleset.Schema, units, new DiagnosticBag(), UnknownFields.Ignore) is { } bound
            ? new Interpreter(ruleset).Score(bound)
            : null;
}
