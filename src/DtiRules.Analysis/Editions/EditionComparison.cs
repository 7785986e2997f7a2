using DtiRules.Analysis.Attribution;
using DtiRules.Analysis.Resources;
using DtiRules.Analysis.Wording;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Scoring;

namespace DtiRules.Analysis.Editions;

/// <summary>
/// Each unit's change of the index between edition A on the OLD data and edition B on the NEW
/// data, split into the data effect and the methodology effect (by default the Shapley split, the
/// mean of both orders), the rank in the four states and the rank change split the same way, with
/// the number of shared components that rose and fell. Units are matched by code.
/// </summary>
public sealed class EditionComparison
{
    private readonly IReadOnlyList<Phrase> _notes;

    private EditionComparison(SplitOrder order, int digits, IReadOnlyList<ComparisonRow> rows, IReadOnlyList<Phrase> notes)
    {
        Order = order;
        Digits = digits;
        Rows = rows;
        _notes = notes;
    }

    /// <summary>The order of the decomposition.</summary>
    public SplitOrder Order { get; }

    /// <summary>Decimals of values and changes: the larger rounding of the two editions.</summary>
    public int Digits { get; }

    /// <summary>One row per unit in both datasets, in rank order under B on NEW.</summary>
    public IReadOnlyList<ComparisonRow> Rows { get; }

    /// <summary>How the change is split, and the units found in only one dataset, in the current display language.</summary>
    public IReadOnlyList<string> Notes => [.. _notes.Select(n => n.ToString())];

    /// <summary>The order as a word for tools: <c>data-first</c> or <c>rules-first</c>.</summary>
    public string OrderName => Name(Order);

    /// <summary>Compares the four scorings: A and B each on OLD and on NEW.</summary>
    public static EditionComparison Build(
        ScoringResult oldUnderA, ScoringResult newUnderA, ScoringResult oldUnderB, ScoringResult newUnderB, SplitOrder order)
    {
        var oldUnits = UnitsByCode(oldUnderA);
        var newUnits = UnitsByCode(newUnderA);
        var components = SharedLeaves(oldUnderA, newUnderB);
        var digits = Math.Max(oldUnderA.Ruleset.Header.Rounding, newUnderB.Ruleset.Header.Rounding);
        var rows = new List<ComparisonRow>();
        foreach (var (code, n) in newUnits.Where(p => oldUnits.ContainsKey(p.Key)))
        {
            var o = oldUnits[code];
            var values = new FourStates<decimal?>(IndexValue(oldUnderA, o), IndexValue(newUnderA, n), IndexValue(oldUnderB, o), IndexValue(newUnderB, n));
            var ranks = new FourStates<int?>(IndexRank(oldUnderA, o), IndexRank(newUnderA, n), IndexRank(oldUnderB, o), IndexRank(newUnderB, n));
            var moves = components
                .Select(c => (Before: oldUnderA.NodeValue(c.InA, o), After: newUnderB.NodeValue(c.InB, n)))
                .Where(m => m.Before is not null && m.After is not null)
                .ToList();
            rows.Add(new ComparisonRow(
                newUnderA.Units[n], values, ranks, Split(values, order, digits), Split(values, SplitOrder.DataFirst, digits), Split(values, SplitOrder.RulesFirst, digits),
                RankSplit.Of(ranks, order), moves.Count(m => m.After > m.Before), moves.Count(m => m.After < m.Before)));
        }

        var notes = new List<Phrase>
        {
            Say(order switch
            {
                SplitOrder.DataFirst => nameof(EditionsText.OrderDataFirst),
                SplitOrder.RulesFirst => nameof(EditionsText.OrderRulesFirst),
                SplitOrder.Shapley => nameof(EditionsText.OrderShapley),
            }),
            Say(nameof(EditionsText.RanksInFourStates)),
            Say(nameof(EditionsText.SharedComponents), components.Count),
        };
        AddOnlyIn("OLD", oldUnits, newUnits, oldUnderA, notes);
        AddOnlyIn("NEW", newUnits, oldUnits, newUnderA, notes);
        var ordered = rows.OrderBy(r => r.NewRank ?? int.MaxValue).ThenBy(r => r.Unit.Name, StringComparer.Ordinal).ToList();
        return new EditionComparison(order, digits, ordered, notes);
    }

    /// <summary>The order as a word for tools and the command line.</summary>
    public static string Name(SplitOrder order) => order switch
    {
        SplitOrder.DataFirst => "data-first",
        SplitOrder.RulesFirst => "rules-first",
        SplitOrder.Shapley => "shapley",
    };

    private static EffectSplit? Split(FourStates<decimal?> values, SplitOrder order, int digits) =>
        values is ({ } aOld, { } aNew, { } bOld, { } bNew) ? EffectSplit.Of(new FourStates<decimal>(aOld, aNew, bOld, bNew), order, digits) : null;

    private static Dictionary<string, int> UnitsByCode(ScoringResult result) =>
        Enumerable.Range(0, result.Units.Count).ToDictionary(u => result.Units[u].Code, StringComparer.Ordinal);

    private static decimal? IndexValue(ScoringResult result, int unit) =>
        result.Ruleset.Index is { } index ? result.OutputValue(index, unit) : null;

    private static int? IndexRank(ScoringResult result, int unit) =>
        result.Ruleset.Index is { } index ? result.Rank(index, unit) : null;

    /// <summary>Scored leaf nodes with the same id in both editions.</summary>
    private static List<(NodeSymbol InA, NodeSymbol InB)> SharedLeaves(ScoringResult underA, ScoringResult underB) =>
        [.. underA.Ruleset.Nodes
            .Where(n => n.IsLeaf && !n.IsUnscored)
            .Select(n => (InA: n, InB: underB.Ruleset.FindNode(n.Name)))
            .Where(p => p.InB is { IsLeaf: true, IsUnscored: false })
            .Select(p => (p.InA, p.InB!))];

    private static Phrase Say(string key, params object?[] args) => Phrase.Of(Texts.Editions, key, args);

    private static void AddOnlyIn(string dataset, Dictionary<string, int> units, Dictionary<string, int> others, ScoringResult result, List<Phrase> notes)
    {
        var only = units.Where(p => !others.ContainsKey(p.Key)).Select(p => result.Units[p.Value].Name).ToList();
        if (only.Count > 0)
        {
            notes.Add(Say(nameof(EditionsText.OnlyInDataset), dataset, string.Join(", ", only)));
        }
    }
}
