using DtiRules.Language.Binding;
using DtiRules.Scoring;

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
    private readonly Func<BoundRuleset, ScoringData?> _bind;
    private readonly IReadOnlyList<string> _codes;
    private readonly IScorerFactory _scorers;
    private ScoringResult? _full;

    /// <summary>
    /// The game of the dataset <paramref name="bind"/> checks against any edition between
    /// <paramref name="a"/> and <paramref name="b"/>, each edition scored by the engine <paramref name="scorers"/> chooses.
    /// </summary>
    public VariantGame(
        BoundRuleset a, BoundRuleset b, IReadOnlyList<EditionChange> changes, EditionVariantCache variants, Func<BoundRuleset, ScoringData?> bind, IReadOnlyList<string> codes, IScorerFactory scorers)
    {
        (_a, _b, Changes, _variants, _bind, _codes, _scorers) = (a, b, changes, variants, bind, codes, scorers);
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
        if (ruleset is null || Score(ruleset) is not { } result)
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

    private ScoringResult Full => _full ??= Score(_b)!;

    private ScoringResult? Score(BoundRuleset ruleset) => _bind(ruleset) is { } data ? _scorers.Create(ruleset, data.Units.Count).Score(data) : null;
}
