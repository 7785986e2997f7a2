using DtiRules.Analysis.Attribution;
using DtiRules.Analysis.Wording;
using DtiRules.Cli.Resources;
using DtiRules.Cli.Output;
using DtiRules.Cli.Output.Formats;
using DtiRules.Data.Binding;
using DtiRules.Data.Reading;
using DtiRules.Data.Units;
using DtiRules.Language.Binding;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Editions;
using DtiRules.Scoring;

namespace DtiRules.Cli.Commands;

/// <summary><c>--by-change</c> of <c>compare</c> and <c>diff --data</c>: the methodology effect attributed to each change edition B writes against A.</summary>
internal static class ByChange
{
    /// <summary>
    /// Attributes the effect on the datasets (OLD then NEW, or one) and writes one row per unit and
    /// change. The datasets were read and checked already, so their problems are not reported again.
    /// </summary>
    public static void Write(
        BoundRuleset a, BoundRuleset b, string rulesetBPath, IReadOnlyList<string> dataPaths, UnitList unitsA, UnitList unitsB, SplitOrder order,
        Phrase title, IScorerFactory scorers, string format, string? output, CliConsole console, DiagnosticBag diagnostics)
    {
        var scratch = new DiagnosticBag();
        var datasets = new List<Func<BoundRuleset, ScoringData?>>();
        foreach (var path in dataPaths)
        {
            if (DatasetReader.Read(path, scratch) is not { } raw)
            {
                return;
            }

            datasets.Add(ruleset => DatasetBinder.Bind(raw, ruleset.Schema, ruleset == a ? unitsA : unitsB, new DiagnosticBag(), UnknownFields.Ignore));
        }

        var locator = new FolderRulesetLocator(Path.GetDirectoryName(rulesetBPath) is { Length: > 0 } folder ? folder : ".");
        ChangeAttribution? attribution;
        using (StageTimings.Measure(Stage.Score))
        {
            attribution = ChangeAttribution.Build(a, b, locator, datasets, order, scorers, diagnostics);
        }

        if (attribution is not null)
        {
            var digits = Math.Max(a.Header.Rounding, b.Header.Rounding);
            ChangeOutput.Write(new ChangeAttributionDocument(ChangeContributionGrid.Build(attribution, digits), Phrase.Of(Texts.Compare, nameof(CompareText.ByChangeTitle), title), attribution), format, output, console, diagnostics);
        }
    }
}
