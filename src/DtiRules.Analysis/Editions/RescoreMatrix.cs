using System.Globalization;
using DtiRules.Analysis.Resources;
using DtiRules.Analysis.Wording;
using DtiRules.Scoring;

namespace DtiRules.Analysis.Editions;

/// <summary>
/// One dataset scored under several editions: each unit's index value and rank per edition, the
/// rank shift between consecutive editions, and notes where consecutive editions break the series.
/// </summary>
public sealed class RescoreMatrix
{
    private readonly IReadOnlyList<Phrase> _notes;

    private RescoreMatrix(IReadOnlyList<RescoreEdition> editions, IReadOnlyList<RescoreRow> rows, IReadOnlyList<Phrase> notes)
    {
        Editions = editions;
        Rows = rows;
        _notes = notes;
        ShiftLabels = [.. editions.Zip(editions.Skip(1), (earlier, later) => $"{earlier.Label}→{later.Label}")];
    }

    /// <summary>The editions, in the order given.</summary>
    public IReadOnlyList<RescoreEdition> Editions { get; }

    /// <summary>One row per unit, in rank order of the last edition.</summary>
    public IReadOnlyList<RescoreRow> Rows { get; }

    /// <summary>Names of the shifts between consecutive editions, e.g. <c>2022→2023</c>.</summary>
    public IReadOnlyList<string> ShiftLabels { get; }

    /// <summary>The data's notes, each edition's coverage, what a shift means, and a note for each break in series, in the current display language.</summary>
    public IReadOnlyList<string> Notes => [.. _notes.Select(n => n.ToString())];

    /// <summary>Builds the matrix of <paramref name="scored"/> (ruleset file and its scores, in order), matching units by code.</summary>
    public static RescoreMatrix Build(IReadOnlyList<ScoredEdition> scored, IReadOnlyList<string> dataNotes)
    {
        var editions = Label(scored);
        var units = editions.SelectMany(e => e.Result.Units).DistinctBy(u => u.Code).ToList();
        var unitIndexByEdition = editions
            .Select(e => Enumerable.Range(0, e.Result.Units.Count).ToDictionary(u => e.Result.Units[u].Code, StringComparer.Ordinal))
            .ToList();
        var rows = units.Select(unit =>
        {
            var values = new List<decimal?>();
            var ranks = new List<int?>();
            for (var e = 0; e < editions.Count; e++)
            {
                var result = editions[e].Result;
                var found = unitIndexByEdition[e].TryGetValue(unit.Code, out var u);
                values.Add(found && result.Ruleset.Index is { } index ? result.OutputValue(index, u) : null);
                ranks.Add(found && result.Ruleset.Index is { } ranked ? result.Rank(ranked, u) : null);
            }

            var shifts = ranks.Zip(ranks.Skip(1), (earlier, later) => earlier - later).ToList();
            return new RescoreRow(unit, values, ranks, shifts);
        });
        var ordered = rows.OrderBy(r => r.Ranks[^1] ?? int.MaxValue).ThenBy(r => r.Unit.Name, StringComparer.Ordinal).ToList();

        var notes = new List<Phrase>(dataNotes.Select(Phrase.Verbatim));
        notes.AddRange(editions.Select(e => Phrase.Join(": ", [Phrase.Verbatim(e.Label), Phrase.Written(() => CoverageText.Summary(e.Coverage))])));
        if (editions.Count > 1)
        {
            notes.Add(Phrase.Of(Texts.Editions, nameof(EditionsText.ShiftMeaning)));
        }

        notes.AddRange(editions.Zip(editions.Skip(1))
            .Select(p => Comparability.BreakNote(p.First.Label, p.First.Result.Ruleset, p.Second.Label, p.Second.Result.Ruleset))
            .OfType<Phrase>());
        return new RescoreMatrix(editions, ordered, notes);
    }

    /// <summary>Labels each edition by its year, numbering repeats (<c>2022</c>, <c>2022#2</c>) so headers stay distinct.</summary>
    private static List<RescoreEdition> Label(IReadOnlyList<ScoredEdition> scored)
    {
        var seen = new Dictionary<int, int>();
        return [.. scored.Select(s =>
        {
            var edition = s.Result.Ruleset.Header.Edition;
            var count = seen[edition] = seen.GetValueOrDefault(edition) + 1;
            var label = count == 1 ? edition.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{edition}#{count}");
            return new RescoreEdition(label, s.Path, s.Result, s.Coverage);
        })];
    }
}
