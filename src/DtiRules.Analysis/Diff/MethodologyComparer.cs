using System.Globalization;
using DtiRules.Analysis.Wording;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Binding;
using DtiRules.Language.Localization;
using DtiRules.Scoring;
using static DtiRules.Analysis.Resources.DiffText;

namespace DtiRules.Analysis.Diff;

/// <summary>
/// Compares two checked editions node by node (by id, following the new edition's renames) and
/// describes every methodology change in words a methodology expert reads.
/// </summary>
public static partial class MethodologyComparer
{
    /// <summary>The changes from <paramref name="from"/> to <paramref name="to"/>; both should check without errors.</summary>
    public static MethodologyDiff Compare(BoundRuleset from, BoundRuleset to)
    {
        var pairing = new NodePairing(from, to);
        var changes = new List<MethodologyChange>();
        changes.AddRange(HeaderChanges(from.Header, to.Header));
        changes.AddRange(MainIndexChanges(pairing));
        foreach (var node in to.Nodes)
        {
            changes.AddRange(pairing.OldOf(node) is { } old ? NodeChanges(pairing, old, node) : [Added(node)]);
        }

        changes.AddRange(from.Nodes.Where(n => pairing.NewOf(n) is null).Select(Removed));
        changes.AddRange(OutputChanges(from, to));
        changes.AddRange(InputChanges(from, to));
        return new MethodologyDiff(from.Header, to.Header, changes);
    }

    private static IEnumerable<MethodologyChange> HeaderChanges(RulesetHeader from, RulesetHeader to)
    {
        if (from.Basis != to.Basis)
        {
            yield return Header("basis", from.Basis, to.Basis, Say(nameof(BasisChanged), from.Basis, to.Basis));
        }

        if (from.UnitKind != to.UnitKind)
        {
            yield return Header("unit", from.UnitKind, to.UnitKind, Say(nameof(UnitKindChanged), from.UnitKind, to.UnitKind));
        }

        var (oldList, newList) = (UnitListText(from.UnitList), UnitListText(to.UnitList));
        if (oldList.ToString() != newList.ToString())
        {
            yield return Header("units", oldList.In(Machine), newList.In(Machine), Say(nameof(UnitListChanged), oldList, newList));
        }

        if (from.Scale != to.Scale)
        {
            var (old, @new) = (Number(from.Scale), Number(to.Scale));
            yield return Header("scale", old, @new, Say(nameof(ScaleChanged), Phrase.Number(old), Phrase.Number(@new)));
        }

        if (from.Rounding != to.Rounding)
        {
            var (old, @new) = (Number(from.Rounding), Number(to.Rounding));
            yield return Header("round", old, @new, Say(nameof(RoundingChanged), old, @new));
        }

        if (from.Policy != to.Policy)
        {
            var (old, @new) = (PolicyText(from.Policy), PolicyText(to.Policy));
            yield return Header("missing", old, @new, Say(nameof(DefaultPolicyChanged), old, @new));
        }
    }

    private static Phrase UnitListText(UnitListReference list) => list.Source switch
    {
        UnitListSource.BuiltIn => Say(nameof(BuiltInList)),
        UnitListSource.Open => Say(nameof(OpenList)),
        UnitListSource.File => Phrase.Verbatim(list.Path.Replace('\\', '/')),
        _ => throw new ArgumentOutOfRangeException(nameof(list), list.Source, "Unknown unit list source."),
    };

    private static MethodologyChange Header(string property, string old, string @new, Phrase description) =>
        new(ChangeKind.HeaderChanged, property, string.Empty, old, @new, description);

    private static IEnumerable<MethodologyChange> NodeChanges(NodePairing pairing, NodeSymbol old, NodeSymbol node)
    {
        var context = Context(node);
        if (old.Name != node.Name)
        {
            yield return Change(ChangeKind.NodeRenamed, node, old.Name, node.Name, Say(nameof(NodeRenamed), old.Name, old.Label, node.Name, context));
        }

        var oldParent = old.Parent is { } p ? pairing.NewIdOf(p.Name) : string.Empty;
        if (oldParent != (node.Parent?.Name ?? string.Empty))
        {
            yield return Change(
                ChangeKind.NodeMoved, node, old.Parent?.Name ?? string.Empty, node.Parent?.Name ?? string.Empty,
                Say(nameof(NodeMoved), Subject(node), Place(old.Parent), Place(node.Parent)));
        }

        if (old.Label != node.Label)
        {
            yield return Change(ChangeKind.LabelChanged, node, old.Label, node.Label, Say(nameof(LabelChanged), node.Name, old.Label, node.Label, context));
        }

        if (old.MaxPoints != node.MaxPoints)
        {
            var (before, after) = (Number(old.MaxPoints), Number(node.MaxPoints));
            yield return Change(ChangeKind.MaxPointsChanged, node, before, after, Say(nameof(MaxPointsChanged), Subject(node), Phrase.Number(before), Phrase.Number(after), context));
        }

        var (oldFormula, newFormula) = (FormulaText.Display(old.Formula), FormulaText.Display(node.Formula));
        if (!SameFormula(pairing, oldFormula, newFormula))
        {
            yield return Change(
                ChangeKind.FormulaChanged, node, oldFormula, newFormula,
                Say(nameof(FormulaChanged), Subject(node), Quoted(oldFormula), Quoted(newFormula), context));
        }

        if (!SameProvenance(old.Provenance, node.Provenance))
        {
            var (before, after) = (ProvenanceText(old.Provenance), ProvenanceText(node.Provenance));
            yield return Change(ChangeKind.ProvenanceChanged, node, before.In(Machine), after.In(Machine), Say(nameof(ProvenanceChanged), Subject(node), before, after, context));
        }

        // A policy inherited in both editions changed where it is written (an ancestor or the header) and is reported there.
        if (old.Policy != node.Policy && (old.OwnPolicy is not null || node.OwnPolicy is not null))
        {
            var (before, after) = (PolicyText(old.Policy), PolicyText(node.Policy));
            yield return Change(ChangeKind.MissingPolicyChanged, node, before, after, Say(nameof(PolicyChanged), Subject(node), before, after, context));
        }

        if (old.Group != node.Group)
        {
            var (before, after) = (GroupText(old.Group), GroupText(node.Group));
            yield return Change(ChangeKind.GroupChanged, node, old.Group, node.Group, Say(nameof(GroupChanged), Subject(node), before, after, context));
        }
    }

    private static MethodologyChange Added(NodeSymbol node)
    {
        var points = Number(node.MaxPoints);
        var description = node.Parent is null
            ? Say(nameof(MainIndexAdded), Subject(node), Phrase.Number(points))
            : Say(nameof(NodeAdded), Subject(node), Phrase.Number(points), Place(node.Parent), Within(node.Parent));
        return Change(ChangeKind.NodeAdded, node, string.Empty, points, description);
    }

    private static MethodologyChange Removed(NodeSymbol node)
    {
        var points = Number(node.MaxPoints);
        var description = node.Parent is null
            ? Say(nameof(MainIndexRemoved), Subject(node), Phrase.Number(points))
            : Say(nameof(NodeRemoved), Subject(node), Phrase.Number(points), Place(node.Parent), Within(node.Parent));
        return Change(ChangeKind.NodeRemoved, node, points, string.Empty, description);
    }

    private static MethodologyChange Change(ChangeKind kind, NodeSymbol node, string old, string @new, Phrase description) =>
        new(kind, node.Name, node.Path, old, @new, description);

    private static bool SameFormula(NodePairing pairing, string oldFormula, string newFormula) =>
        FormulaText.Canonical(oldFormula, pairing.To.Aliases) == FormulaText.Canonical(newFormula, pairing.To.Aliases);

    private static bool SameProvenance(Provenance? old, Provenance? @new) =>
        old?.Kind == @new?.Kind && old?.Reason == @new?.Reason && old?.Source == @new?.Source;

    private static string Subject(NodeSymbol node) => $"{node.Name} '{node.Label}'";

    private static Phrase Place(NodeSymbol? parent) => parent is null ? Say(nameof(TopLevel)) : Phrase.Verbatim($"{parent.Name} '{parent.Label}'");

    /// <summary>The main index a node belongs to, so a reader can place a component id.</summary>
    private static Phrase Context(NodeSymbol node) => node.Parent is null ? Say(nameof(AMainIndex)) : Phrase.Verbatim(NodePairing.MainIndexOf(node).Label);

    /// <summary>The main index of a parent that is not itself one, as a suffix.</summary>
    private static string Within(NodeSymbol parent) => parent.Parent is null ? string.Empty : $" ({NodePairing.MainIndexOf(parent).Label})";

    private static Phrase Quoted(string formula) => formula == FormulaText.SumOfChildren ? Say(nameof(SumOfChildren)) : Phrase.Verbatim($"`{formula}`");

    // Provenance is written as in the ruleset (documented "…" source "…"): keywords of the language stay as they are.
    private static Phrase ProvenanceText(Provenance? provenance) => provenance is null
        ? Say(nameof(NoValue))
        : Phrase.Verbatim($"{provenance.Kind.ToString().ToLowerInvariant()} \"{provenance.Reason}\"" + (provenance.Source.Length > 0 ? $" source \"{provenance.Source}\"" : string.Empty));

    private static string PolicyText(MissingPolicy policy) => policy.ToString().ToLowerInvariant();

    private static Phrase GroupText(string group) => group.Length == 0 ? Say(nameof(NoValue)) : Phrase.Verbatim($"'{group}'");

    private static string Number(decimal number) => ResultNumbers.Points(number);

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The settings of CSV and JSON, which write a change's old and new values.</summary>
    private static DisplaySettings Machine => DisplaySettings.English;

    private static Phrase Say(string key, params object?[] args) => Phrase.Of(Resources.Texts.Diff, key, args);
}
