using DtiRules.Analysis.Reconciliation;
using DtiRules.Cli.Resources;

namespace DtiRules.Cli.Output;

/// <summary>A reconciliation for people, in the display language: per unit its summary and its lines; with several units the units table first.</summary>
internal static class ReconciliationTextWriter
{
    public static void Write(Reconciliation reconciliation, IReadOnlyList<string> notes, TextWriter writer)
    {
        var (first, second) = (RoundName.Of(reconciliation.RoundIds[0]), RoundName.Of(reconciliation.RoundIds[1]));
        var title = Texts.Reconcile.Format(nameof(ReconcileTableText.Title), first, second);
        if (reconciliation.Units.Count > 1)
        {
            GridTableWriter.Write(Texts.Reconcile.Format(nameof(ReconcileTableText.UnitsByGap), first, second), ReconciliationGrids.Units(reconciliation), notes, writer);
            notes = [];
        }

        foreach (var unit in reconciliation.Units)
        {
            if (reconciliation.Units.Count > 1)
            {
                writer.WriteLine();
            }

            var single = reconciliation with { Units = [unit] };
            GridTableWriter.Write(reconciliation.Units.Count > 1 ? unit.Summary : $"{title}\n{unit.Summary}", ReconciliationGrids.Lines(single), notes, writer);
        }
    }
}
