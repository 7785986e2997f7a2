using DtiRules.Analysis.Reconciliation;
using DtiRules.Data;
using DtiRules.Data.Binding;
using DtiRules.Data.Reading.Criteria;
using DtiRules.Data.Rounds;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;
using DtiRules.Scoring;

namespace DtiRules.Cli;

/// <summary>Reads data with rounds, scores the two rounds compared and reconciles them: what <c>reconcile</c> and <c>report</c> share.</summary>
internal static class RoundComparison
{
    /// <summary>The data read, its reconciliation and the rounds' scorings; null, with the reasons reported, when the data or a round has errors.</summary>
    /// <param name="ruleset">The checked ruleset.</param>
    /// <param name="dataPath">The data with rounds.</param>
    /// <param name="sheet">The workbook sheet, or null for the first.</param>
    /// <param name="unit">A criteria sheet's unit, or null for the file name.</param>
    /// <param name="columns">Round columns named on the command line.</param>
    /// <param name="rounds">The two rounds, <c>A,B</c>, or null for the default.</param>
    /// <param name="lists">The unit lists of <c>--units</c>, shared with whatever else the command scores, so a list's warnings come once.</param>
    /// <param name="scorers">The engine <c>--engine</c> chose.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static (AssessmentRounds Data, Reconciliation Reconciliation, string Second)? Run(
        BoundRuleset ruleset, string dataPath, string? sheet, string? unit, CriteriaColumnOptions columns, string? rounds, UnitListLoader lists, IScorerFactory scorers, DiagnosticBag diagnostics)
    {
        if (RoundsReader.Read(dataPath, ruleset, sheet, unit, columns, diagnostics) is not { } read
            || Choose(read, rounds, diagnostics) is not { } chosen
            || lists.For(ruleset.Header, diagnostics) is not { } list
            || Score(ruleset, read, chosen, list, scorers, diagnostics) is not var (first, second))
        {
            return null;
        }

        var notes = new ReconciliationNotes(read.NoteHeaders, (u, id) => read.Notes.GetValueOrDefault((read.Units[u], id)));
        return (read, Reconciler.Reconcile(chosen, first, second, notes), chosen[1]);
    }

    // The rounds asked for, else self then appraised or official, else the data's only two.
    private static string[]? Choose(AssessmentRounds read, string? asked, DiagnosticBag diagnostics)
    {
        var location = SourceLocation.File(read.Path);
        string[] wanted;
        if (asked is not null)
        {
            wanted = [.. asked.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
            if (wanted.Length != 2)
            {
                diagnostics.Report(DataDiagnostics.UnknownRound, location, asked, string.Join(", ", read.RoundIds));
                return null;
            }
        }
        else if (read.RoundIds.Contains(CriteriaHeaders.Self)
            && new[] { CriteriaHeaders.Appraised, CriteriaHeaders.Official }.FirstOrDefault(read.RoundIds.Contains) is { } second)
        {
            wanted = [CriteriaHeaders.Self, second];
        }
        else if (read.RoundIds.Count == 2)
        {
            wanted = [.. read.RoundIds];
        }
        else
        {
            diagnostics.Report(DataDiagnostics.UnknownRound, location, CriteriaHeaders.Self, string.Join(", ", read.RoundIds));
            return null;
        }

        foreach (var missing in wanted.Where(w => !read.RoundIds.Contains(w)))
        {
            diagnostics.Report(DataDiagnostics.UnknownRound, location, missing, string.Join(", ", read.RoundIds));
        }

        return wanted.All(read.RoundIds.Contains) ? wanted : null;
    }

    private static (ScoringResult First, ScoringResult Second)? Score(BoundRuleset ruleset, AssessmentRounds read, string[] rounds, UnitList units, IScorerFactory scorers, DiagnosticBag diagnostics)
    {
        var results = new List<ScoringResult>();
        foreach (var round in rounds)
        {
            if (DatasetBinder.Bind(read.Datasets[round], ruleset.Schema, units, diagnostics) is not { } data)
            {
                return null;
            }

            var result = EditionScorer.Run(ruleset, data, diagnostics, scorers);
            if (result.HasErrors)
            {
                return null;
            }

            results.Add(result);
        }

        return (results[0], results[1]);
    }
}
