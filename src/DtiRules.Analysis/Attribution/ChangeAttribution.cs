using System.Globalization;
using DtiRules.Analysis.Resources;
using DtiRules.Analysis.Wording;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Editions;
using DtiRules.Scoring;

namespace DtiRules.Analysis.Attribution;

/// <summary>
/// Attributes the methodology effect B − A of every unit to the changes edition B writes against
/// its base A: the Shapley value of each change in the game whose value for a set of changes is
/// the index under A with only those changes applied. Exact up to
/// <see cref="ShapleyValues.ExactLimit"/> changes, sampled (seeded, with an error) beyond. On each
/// dataset the shares add up to B − A; in the Shapley order a share is the mean of its shares on
/// OLD and on NEW, so the shares add up to the Shapley methodology effect before rounding.
/// </summary>
public sealed class ChangeAttribution
{
    /// <summary>Random orders drawn when there are too many changes to try every set.</summary>
    public const int SampledOrders = 200;

    /// <summary>The seed of the random orders, fixed so results repeat.</summary>
    public const int Seed = 20220520;

    private readonly IReadOnlyList<Phrase> _notes;

    private ChangeAttribution(IReadOnlyList<EditionChange> changes, IReadOnlyList<ChangeContribution> rows, bool isExact, int orders, IReadOnlyList<Phrase> notes)
    {
        Changes = changes;
        Rows = rows;
        IsExact = isExact;
        Orders = orders;
        _notes = notes;
    }

    /// <summary>The players: the edition's changes, grouped where they only check together.</summary>
    public IReadOnlyList<EditionChange> Changes { get; }

    /// <summary>One row per compared unit and change, units in data order, changes in written order.</summary>
    public IReadOnlyList<ChangeContribution> Rows { get; }

    /// <summary>True when every set of changes was scored.</summary>
    public bool IsExact { get; }

    /// <summary>Random orders sampled; 0 when exact.</summary>
    public int Orders { get; }

    /// <summary>How the shares were computed, and how much of the effect lies on changes without data, in the current display language.</summary>
    public IReadOnlyList<string> Notes => [.. _notes.Select(n => n.ToString())];

    /// <summary>
    /// Attributes the change from <paramref name="a"/> to <paramref name="b"/> on the datasets:
    /// OLD, then NEW (one dataset alone, as <c>diff --data</c> has, is both). Each dataset is a
    /// function that checks it against an edition, null when it does not fit. Null, with DR4112
    /// reported, when B does not extend A directly. Every edition between A and B is scored by the
    /// engine <paramref name="scorers"/> chooses.
    /// </summary>
    public static ChangeAttribution? Build(
        BoundRuleset a, BoundRuleset b, IRulesetLocator locator, IReadOnlyList<Func<BoundRuleset, ScoringData?>> datasets, SplitOrder order, IScorerFactory scorers, DiagnosticBag diagnostics)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{a.Header.Id} {a.Header.Edition}");
        if (b.BaseEdition != key)
        {
            diagnostics.Report(DtiRules.Analysis.Explain.ExplainDiagnostics.NotAnExtension, Language.Text.SourceLocation.File(b.Syntax.Text.Path), b.Header.Id, b.Header.Edition, key);
            return null;
        }

        var variants = new EditionVariantCache(b, locator);
        var changes = CheckedApart([.. EditionChanges.Of(b, a)], a, variants);
        var codes = CommonCodes(datasets, a);
        var twoDatasets = datasets.Count > 1;
        while (true)
        {
            var games = datasets.Select(d => new VariantGame(a, b, changes, variants, d, codes, scorers)).ToList();
            var values = new List<ShapleyValues>();
            foreach (var game in games)
            {
                values.Add(ShapleyValues.Compute(changes.Count, codes.Count, game.Value, SampledOrders, Seed));
                if (game.Unchecked is not null)
                {
                    break;
                }
            }

            if (games.Select(g => g.Unchecked).FirstOrDefault(m => m is not null) is not { } failed)
            {
                return Assemble(changes, games, values, codes, order, twoDatasets);
            }

            // The edition with this set of changes does not check: its changes go together from now on.
            var members = Enumerable.Range(0, changes.Count).Where(c => (failed & (1UL << c)) != 0).ToList();
            var joined = EditionChanges.Join([.. members.Select(c => changes[c])], a);
            changes = [.. changes.Where((_, c) => !members.Contains(c))];
            changes.Insert(members[0], joined);
        }
    }

    /// <summary>Joins each change that does not check on its own with the first other change it checks with.</summary>
    private static List<EditionChange> CheckedApart(List<EditionChange> changes, BoundRuleset a, EditionVariantCache variants)
    {
        for (var i = 0; i < changes.Count; i++)
        {
            if (variants.With([changes[i]]) is not null)
            {
                continue;
            }

            for (var j = 0; j < changes.Count; j++)
            {
                if (j != i && variants.With([changes[i], changes[j]]) is not null)
                {
                    var joined = EditionChanges.Join([changes[Math.Min(i, j)], changes[Math.Max(i, j)]], a);
                    changes[Math.Min(i, j)] = joined;
                    changes.RemoveAt(Math.Max(i, j));
                    i = -1;
                    break;
                }
            }
        }

        return changes;
    }

    private static List<string> CommonCodes(IReadOnlyList<Func<BoundRuleset, ScoringData?>> datasets, BoundRuleset a)
    {
        var sets = datasets.Select(bind => bind(a)?.Units.Select(u => u.Code).ToList() ?? []).ToList();
        return [.. sets[^1].Where(c => sets.All(s => s.Contains(c, StringComparer.Ordinal)))];
    }

    private static ChangeAttribution Assemble(
        IReadOnlyList<EditionChange> changes, IReadOnlyList<VariantGame> games, IReadOnlyList<ShapleyValues> values, IReadOnlyList<string> codes, SplitOrder order, bool twoDatasets)
    {
        var (oldGame, newGame) = (games[0], games[^1]);
        var (oldValues, newValues) = (values[0], values[^1]);
        var rows = new List<ChangeContribution>();
        for (var u = 0; u < codes.Count; u++)
        {
            for (var c = 0; c < changes.Count; c++)
            {
                var (onOld, onNew) = (oldValues.Values[c][u], newValues.Values[c][u]);
                var (errorOld, errorNew) = (oldValues.StandardErrors?[c][u], newValues.StandardErrors?[c][u]);
                var (contribution, error, missing) = !twoDatasets
                    ? (onOld, errorOld, oldGame.DataMissing(changes[c], u))
                    : order switch
                    {
                        SplitOrder.DataFirst => (onNew, errorNew, newGame.DataMissing(changes[c], u)),
                        SplitOrder.RulesFirst => (onOld, errorOld, oldGame.DataMissing(changes[c], u)),
                        SplitOrder.Shapley => ((onOld + onNew) / 2m, Half(errorOld, errorNew), oldGame.DataMissing(changes[c], u) || newGame.DataMissing(changes[c], u)),
                    };
                rows.Add(new ChangeContribution(newGame.Unit(u), changes[c], contribution, onOld, twoDatasets ? onNew : null, error, missing));
            }
        }

        var exact = values.All(v => v.IsExact);
        var notes = new List<Phrase>
        {
            exact
                ? Say(nameof(EditionsText.ExactShapley), changes.Count, 1 << changes.Count)
                : Say(nameof(EditionsText.SampledShapley), changes.Count, SampledOrders, Seed),
            Say(twoDatasets
                ? order switch
                {
                    SplitOrder.Shapley => nameof(EditionsText.ContributionShapley),
                    SplitOrder.DataFirst => nameof(EditionsText.ContributionDataFirst),
                    SplitOrder.RulesFirst => nameof(EditionsText.ContributionRulesFirst),
                }
                : nameof(EditionsText.ContributionOneDataset)),
        };
        var missingTotal = rows.Where(r => r.DataMissing && r.Contribution is not null).Sum(r => r.Contribution!.Value);
        var missingRows = rows.Count(r => r.DataMissing);
        if (missingRows > 0)
        {
            notes.Add(Say(nameof(EditionsText.DataMissingContributions), missingRows, Phrase.Number(ResultText(missingTotal))));
        }

        return new ChangeAttribution(changes, rows, exact, exact ? 0 : SampledOrders, notes);
    }

    private static Phrase Say(string key, params object?[] args) => Phrase.Of(Texts.Editions, key, args);

    private static string ResultText(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static double? Half(double? a, double? b) => a is { } x && b is { } y ? Math.Sqrt((x * x) + (y * y)) / 2d : null;
}
