using System.Globalization;
using DtiRules.Analysis.Resources;
using DtiRules.Analysis.Wording;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Scoring;

namespace DtiRules.Analysis.Reconciliation;

/// <summary>
/// Compares two scorings of the same units with one ruleset (a self-assessment and its appraisal):
/// for the index, every group and every criterion, the points in each round, the difference
/// (second minus first) and its effect on the 0–1 index value, the ranks, and a summary.
/// </summary>
public static class Reconciler
{
    // How many of the largest gaps the summary names.
    private const int GapsNamed = 3;

    /// <summary>Compares <paramref name="first"/> and <paramref name="second"/>, scored with one ruleset from data whose units are in the same order.</summary>
    public static Reconciliation Reconcile(IReadOnlyList<string> roundIds, ScoringResult first, ScoringResult second, ReconciliationNotes notes)
    {
        var units = Enumerable.Range(0, first.Units.Count).Select(u => ReconcileUnit(roundIds, first, second, u, notes)).ToList();
        return new Reconciliation(roundIds, notes.Headers, units);
    }

    /// <summary>The code a node's label starts with, as <c>dti import</c> writes it, or empty.</summary>
    public static string CodeOf(NodeSymbol node) =>
        CriterionCode.InLabel(node.Label) is { } code && CriterionCode.ToId(code) == node.Name ? code : string.Empty;

    private static UnitReconciliation ReconcileUnit(IReadOnlyList<string> roundIds, ScoringResult first, ScoringResult second, int unit, ReconciliationNotes notes)
    {
        var ruleset = first.Ruleset;
        var scale = ruleset.Header.Scale;
        IReadOnlyList<string> NotesOf(string id) => notes.Texts(unit, id) ?? [.. notes.Headers.Select(_ => string.Empty)];

        ReconciliationRow Row(NodeSymbol node, ReconciliationLevel level)
        {
            var points = new[] { first.Points(node, unit), second.Points(node, unit) };
            var difference = points[1] - points[0];
            return new ReconciliationRow(level, node.Name, CodeOf(node), node.Label, node.MaxPoints, points, difference, difference / scale, NotesOf(node.Name));
        }

        var nodes = ruleset.Roots.SelectMany(Descendants).Where(n => !n.IsUnscored).ToList();
        var groups = nodes.Where(n => !n.IsLeaf).Select(n => Row(n, ReconciliationLevel.Group)).ToList();
        var criteria = nodes.Where(n => n.IsLeaf).Select(n => Row(n, ReconciliationLevel.Criterion))
            .Select((row, order) => (row, order))
            .OrderBy(p => p.row.Difference is null)
            .ThenByDescending(p => Math.Abs(p.row.Difference ?? 0m))
            .ThenBy(p => p.order)
            .Select(p => p.row)
            .ToList();

        var index = ruleset.Index;
        var totals = new[] { first.Total(unit), second.Total(unit) };
        var values = index is null ? [null, null] : new[] { first.OutputValue(index, unit), second.OutputValue(index, unit) };
        var ranks = index is null ? [null, null] : new[] { first.Rank(index, unit), second.Rank(index, unit) };
        var indexRow = new ReconciliationRow(
            ReconciliationLevel.Index, index?.Name ?? "total", string.Empty, index?.Label ?? ruleset.Header.Title, scale, totals, totals[1] - totals[0], values[1] - values[0], NotesOf(index?.Name ?? "total"));
        var draft = new UnitReconciliation(first.Units[unit], indexRow, values, ranks, groups, criteria, Phrase.Verbatim(string.Empty));
        return draft with { Paragraph = Summarise(draft, roundIds, first.Units.Count) };
    }

    private static IEnumerable<NodeSymbol> Descendants(NodeSymbol node) => node.Children.SelectMany(Descendants).Prepend(node);

    private static Phrase Summarise(UnitReconciliation unit, IReadOnlyList<string> rounds, int unitCount)
    {
        var index = unit.Index;
        var parts = new List<Phrase>
        {
            Say(
                nameof(ReconcileText.SummaryTotals), unit.Unit.Name, RoundName.Of(rounds[0]), Number(Points(index.Points[0])), Number(Points(index.Max)), Number(Value(unit.Values[0])),
                RoundName.Of(rounds[1]), Number(Points(index.Points[1])), Number(Value(unit.Values[1])), Number(Signed(index.Difference)), Number(SignedValue(index.ValueEffect))),
        };
        if (unitCount > 1 && unit.Ranks is [{ } from, { } to])
        {
            parts.Add(Say(nameof(ReconcileText.SummaryRank), from, to));
        }

        parts.Add(Say(nameof(ReconcileText.SummaryCriteria), unit.CriteriaDiffering, unit.Criteria.Count, Number(Points(unit.PointsLost)), Number(Points(unit.PointsGained))));
        var largest = unit.Criteria.Where(c => c.Differs).Take(GapsNamed).ToList();
        if (largest.Count > 0)
        {
            parts.Add(Say(nameof(ReconcileText.SummaryLargestGaps), Phrase.Join("; ", largest.Select(c => Phrase.Join(string.Empty, [Phrase.Verbatim($"{c.Label} ("), Number(Signed(c.Difference)), Phrase.Verbatim(")")])))));
        }

        parts.Add(Phrase.Verbatim("."));
        if (unit.CriteriaMissing > 0)
        {
            parts.Add(Say(nameof(ReconcileText.SummaryMissing), unit.CriteriaMissing));
        }

        return Phrase.Join(string.Empty, parts);
    }

    private static Phrase Say(string key, params object?[] args) => Phrase.Of(Texts.Reconcile, key, args);

    private static Phrase Number(string invariant) => Phrase.Number(invariant);

    // Points without trailing zeros, in invariant notation.
    private static string Points(decimal? points) => points is { } p ? (p / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : "—";

    private static string Signed(decimal? points) => points is { } p ? (p > 0m ? "+" : string.Empty) + Points(p) : "—";

    private static string Value(decimal? value) => value is { } v ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "—";

    private static string SignedValue(decimal? value) => value is { } v ? v.ToString("+0.0000;-0.0000;0.0000", CultureInfo.InvariantCulture) : "—";
}
