using System.Globalization;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Binding;
using DtiRules.Scoring;

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
            yield return Header("basis", from.Basis, to.Basis, $"Legal basis changed from '{from.Basis}' to '{to.Basis}'");
        }

        if (from.UnitKind != to.UnitKind)
        {
            yield return Header("unit", from.UnitKind, to.UnitKind, $"Assessed units changed from {from.UnitKind} to {to.UnitKind}");
        }

        var (oldList, newList) = (UnitListText(from.UnitList), UnitListText(to.UnitList));
        if (oldList != newList)
        {
            yield return Header("units", oldList, newList, $"The list of units changed from {oldList} to {newList}");
        }

        if (from.Scale != to.Scale)
        {
            var (old, @new) = (Number(from.Scale), Number(to.Scale));
            yield return Header("scale", old, @new, $"Scale (total max points) changed from {old} to {@new}");
        }

        if (from.Rounding != to.Rounding)
        {
            var (old, @new) = (Number(from.Rounding), Number(to.Rounding));
            yield return Header("round", old, @new, $"Published values are rounded to {@new} decimals instead of {old}; ranks use the rounded values");
        }

        if (from.Policy != to.Policy)
        {
            var (old, @new) = (PolicyText(from.Policy), PolicyText(to.Policy));
            yield return Header("missing", old, @new, $"Default missing-data policy changed from {old} to {@new}");
        }
    }

    private static string UnitListText(UnitListReference list) => list.Source switch
    {
        UnitListSource.BuiltIn => "the built-in list",
        UnitListSource.Open => "an open list",
        UnitListSource.File => list.Path.Replace('\\', '/'),
        _ => throw new ArgumentOutOfRangeException(nameof(list), list.Source, "Unknown unit list source."),
    };

    private static MethodologyChange Header(string property, string old, string @new, string description) =>
        new(ChangeKind.HeaderChanged, property, string.Empty, old, @new, description);

    private static IEnumerable<MethodologyChange> NodeChanges(NodePairing pairing, NodeSymbol old, NodeSymbol node)
    {
        var context = Context(node);
        if (old.Name != node.Name)
        {
            yield return Change(ChangeKind.NodeRenamed, node, old.Name, node.Name, $"Renamed {old.Name} '{old.Label}' to {node.Name} ({context})");
        }

        var oldParent = old.Parent is { } p ? pairing.NewIdOf(p.Name) : string.Empty;
        if (oldParent != (node.Parent?.Name ?? string.Empty))
        {
            yield return Change(
                ChangeKind.NodeMoved, node, old.Parent?.Name ?? string.Empty, node.Parent?.Name ?? string.Empty,
                $"Moved {Subject(node)} from {Place(old.Parent)} to {Place(node.Parent)}");
        }

        if (old.Label != node.Label)
        {
            yield return Change(ChangeKind.LabelChanged, node, old.Label, node.Label, $"Label of {node.Name} changed from '{old.Label}' to '{node.Label}' ({context})");
        }

        if (old.MaxPoints != node.MaxPoints)
        {
            var (before, after) = (Number(old.MaxPoints), Number(node.MaxPoints));
            yield return Change(ChangeKind.MaxPointsChanged, node, before, after, $"Max points of {Subject(node)} changed from {before} to {after} ({context})");
        }

        var (oldFormula, newFormula) = (FormulaText.Display(old.Formula), FormulaText.Display(node.Formula));
        if (!SameFormula(pairing, oldFormula, newFormula))
        {
            yield return Change(
                ChangeKind.FormulaChanged, node, oldFormula, newFormula,
                $"Formula of {Subject(node)} changed from {Quoted(oldFormula)} to {Quoted(newFormula)} ({context})");
        }

        if (!SameProvenance(old.Provenance, node.Provenance))
        {
            var (before, after) = (ProvenanceText(old.Provenance), ProvenanceText(node.Provenance));
            yield return Change(ChangeKind.ProvenanceChanged, node, before, after, $"Provenance of {Subject(node)} changed from {before} to {after} ({context})");
        }

        // A policy inherited in both editions changed where it is written (an ancestor or the header) and is reported there.
        if (old.Policy != node.Policy && (old.OwnPolicy is not null || node.OwnPolicy is not null))
        {
            var (before, after) = (PolicyText(old.Policy), PolicyText(node.Policy));
            yield return Change(ChangeKind.MissingPolicyChanged, node, before, after, $"Missing-data policy of {Subject(node)} changed from {before} to {after} ({context})");
        }

        if (old.Group != node.Group)
        {
            var (before, after) = (GroupText(old.Group), GroupText(node.Group));
            yield return Change(ChangeKind.GroupChanged, node, old.Group, node.Group, $"Group of {Subject(node)} changed from {before} to {after} ({context})");
        }
    }

    private static MethodologyChange Added(NodeSymbol node)
    {
        var points = Number(node.MaxPoints);
        var description = node.Parent is null
            ? $"Added main index {Subject(node)} with {points} points"
            : $"Added {Subject(node)} with {points} points under {Place(node.Parent)}{Within(node.Parent)}";
        return Change(ChangeKind.NodeAdded, node, string.Empty, points, description);
    }

    private static MethodologyChange Removed(NodeSymbol node)
    {
        var points = Number(node.MaxPoints);
        var description = node.Parent is null
            ? $"Removed main index {Subject(node)}, which had {points} points"
            : $"Removed {Subject(node)}, which had {points} points under {Place(node.Parent)}{Within(node.Parent)}";
        return Change(ChangeKind.NodeRemoved, node, points, string.Empty, description);
    }

    private static MethodologyChange Change(ChangeKind kind, NodeSymbol node, string old, string @new, string description) =>
        new(kind, node.Name, node.Path, old, @new, description);

    private static bool SameFormula(NodePairing pairing, string oldFormula, string newFormula) =>
        FormulaText.Canonical(oldFormula, pairing.To.Aliases) == FormulaText.Canonical(newFormula, pairing.To.Aliases);

    private static bool SameProvenance(Provenance? old, Provenance? @new) =>
        old?.Kind == @new?.Kind && old?.Reason == @new?.Reason && old?.Source == @new?.Source;

    private static string Subject(NodeSymbol node) => $"{node.Name} '{node.Label}'";

    private static string Place(NodeSymbol? parent) => parent is null ? "the top level" : $"{parent.Name} '{parent.Label}'";

    /// <summary>The main index a node belongs to, so a reader can place a component id.</summary>
    private static string Context(NodeSymbol node) => node.Parent is null ? "a main index" : NodePairing.MainIndexOf(node).Label;

    /// <summary>The main index of a parent that is not itself one, as a suffix.</summary>
    private static string Within(NodeSymbol parent) => parent.Parent is null ? string.Empty : $" ({NodePairing.MainIndexOf(parent).Label})";

    private static string Quoted(string formula) => formula == FormulaText.SumOfChildren ? "the sum of its children" : $"`{formula}`";

    private static string ProvenanceText(Provenance? provenance) => provenance is null
        ? "none"
        : $"{provenance.Kind.ToString().ToLowerInvariant()} \"{provenance.Reason}\"" + (provenance.Source.Length > 0 ? $" source \"{provenance.Source}\"" : string.Empty);

    private static string PolicyText(MissingPolicy policy) => policy.ToString().ToLowerInvariant();

    private static string GroupText(string group) => group.Length == 0 ? "none" : $"'{group}'";

    private static string Number(decimal number) => ResultNumbers.Points(number);

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);
}
