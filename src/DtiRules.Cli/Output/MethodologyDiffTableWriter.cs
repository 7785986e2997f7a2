using DtiRules.Analysis.Diff;
using DtiRules.Analysis.Wording;
using DtiRules.Cli.Resources;
using DtiRules.Data.Reports;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Localization;
using DtiRules.Scoring;
using Spectre.Console.Rendering;
using Spectre.Console;
using static DtiRules.Cli.Resources.CompareText;

namespace DtiRules.Cli.Output;

/// <summary>
/// The methodology diff people read: the list of changes, then, when data was scored, the biggest
/// rank moves and every unit's value and rank under both editions. Plain text without colour, in
/// the display language, values with its decimal mark.
/// </summary>
internal static class MethodologyDiffTableWriter
{
    /// <summary>How many units the "biggest moves" line names.</summary>
    private const int BiggestMoves = 5;

    /// <summary>Characters per line of a change sentence; long sentences wrap.</summary>
    private const int ChangeWidth = 100;

    public static void Write(MethodologyDiff diff, MethodologyEffect? effect, IReadOnlyList<string> dataNotes, TextWriter writer)
    {
        var console = PlainConsole.Create(writer);
        writer.WriteLine(Say(nameof(DiffTitle), Edition(diff.From), Edition(diff.To)));
        if (diff.Changes.Count == 0)
        {
            writer.WriteLine(Say(nameof(NoChanges)));
        }
        else
        {
            writer.WriteLine(Say(nameof(ChangeCount), diff.Changes.Count));
            var changes = new Table { Border = TableBorder.Rounded };
            changes.AddColumn(Say(nameof(ColumnKind)));
            changes.AddColumn(Say(nameof(ColumnId)));
            // Long sentences wrap at a readable width instead of stretching the table across the page.
            var sentences = diff.Changes.Select(c => c.Description).ToList();
            var longest = sentences.Max(s => s.Length);
            changes.AddColumn(new TableColumn(Say(nameof(ColumnChange))) { Width = longest > ChangeWidth ? ChangeWidth : null });
            for (var i = 0; i < diff.Changes.Count; i++)
            {
                changes.AddRow(new Text(KindWords(diff.Changes[i].Kind).ToString()), new Text(diff.Changes[i].Id), new Text(sentences[i]));
            }

            console.Write(changes);
        }

        if (effect is not null)
        {
            WriteEffect(effect, dataNotes, writer, console);
        }
    }

    private static void WriteEffect(MethodologyEffect effect, IReadOnlyList<string> dataNotes, TextWriter writer, IAnsiConsole console)
    {
        writer.WriteLine();
        writer.WriteLine(Say(nameof(EffectTitle), effect.Units.Count, effect.OldIndex, effect.NewIndex));
        foreach (var note in dataNotes)
        {
            writer.WriteLine($"# {note}");
        }

        var moves = effect.BiggestMoves(BiggestMoves)
            .Select(u => $"{u.Unit} {Signed(u.RankChange)} ({ResultNumbers.Rank(u.OldRank)} → {ResultNumbers.Rank(u.NewRank)})")
            .ToList();
        writer.WriteLine(moves.Count == 0 ? Say(nameof(NoRankMoves)) : Say(nameof(BiggestMoves), string.Join("; ", moves)));

        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn(new TableColumn(Say(nameof(ColumnRankB))).RightAligned());
        table.AddColumn(new TableColumn(Say(nameof(ColumnUnit))));
        table.AddColumn(new TableColumn(Say(nameof(ColumnValueA))).RightAligned());
        table.AddColumn(new TableColumn(Say(nameof(ColumnRankA))).RightAligned());
        table.AddColumn(new TableColumn(Say(nameof(ColumnValueB))).RightAligned());
        table.AddColumn(new TableColumn(Say(nameof(ColumnValueChange))).RightAligned());
        table.AddColumn(new TableColumn(Say(nameof(ColumnRankChange))).RightAligned());
        foreach (var unit in effect.Units)
        {
            table.AddRow(new List<IRenderable>
            {
                new Text(ResultNumbers.Rank(unit.NewRank)),
                new Text(unit.Unit),
                new Text(Shown(ResultNumbers.Value(unit.OldValue, effect.Decimals))),
                new Text(ResultNumbers.Rank(unit.OldRank)),
                new Text(Shown(ResultNumbers.Value(unit.NewValue, effect.Decimals))),
                new Text(Shown(unit.ValueChange is > 0m ? "+" + ResultNumbers.Value(unit.ValueChange, effect.Decimals) : ResultNumbers.Value(unit.ValueChange, effect.Decimals))),
                new Text(Signed(unit.RankChange)),
            });
        }

        console.Write(table);
    }

    private static string Edition(RulesetHeader header) => $"{header.Id} {header.Edition} ({header.Basis})";

    /// <summary>The kind as people read it, in tables and workbooks: its CSV name in English, words in Vietnamese.</summary>
    public static Phrase KindWords(ChangeKind kind) => Phrase.Of(Texts.Compare, kind switch
    {
        ChangeKind.HeaderChanged => nameof(KindHeaderChanged),
        ChangeKind.MainIndexPointsChanged => nameof(KindMainIndexPointsChanged),
        ChangeKind.NodeAdded => nameof(KindNodeAdded),
        ChangeKind.NodeRemoved => nameof(KindNodeRemoved),
        ChangeKind.NodeRenamed => nameof(KindNodeRenamed),
        ChangeKind.NodeMoved => nameof(KindNodeMoved),
        ChangeKind.LabelChanged => nameof(KindLabelChanged),
        ChangeKind.MaxPointsChanged => nameof(KindMaxPointsChanged),
        ChangeKind.FormulaChanged => nameof(KindFormulaChanged),
        ChangeKind.ProvenanceChanged => nameof(KindProvenanceChanged),
        ChangeKind.MissingPolicyChanged => nameof(KindMissingPolicyChanged),
        ChangeKind.GroupChanged => nameof(KindGroupChanged),
        ChangeKind.OutputAdded => nameof(KindOutputAdded),
        ChangeKind.OutputRemoved => nameof(KindOutputRemoved),
        ChangeKind.OutputFormulaChanged => nameof(KindOutputFormulaChanged),
        ChangeKind.OutputLabelChanged => nameof(KindOutputLabelChanged),
        ChangeKind.OutputProvenanceChanged => nameof(KindOutputProvenanceChanged),
        ChangeKind.InputAdded => nameof(KindInputAdded),
        ChangeKind.InputRemoved => nameof(KindInputRemoved),
    });

    private static string Say(string key, params object?[] args) => Texts.Compare.Format(key, args);

    private static string Shown(string number) => DisplaySettings.Current.Decimal == DecimalMark.Comma ? GridTableWriter.WithComma(number) : number;

    private static string Signed(int? change) => change is > 0 ? "+" + ResultNumbers.Rank(change) : ResultNumbers.Rank(change);
}
