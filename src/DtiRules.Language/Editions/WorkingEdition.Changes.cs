using DtiRules.Language.Diagnostics;
using DtiRules.Language.Resources;
using DtiRules.Language.Syntax.Nodes;

namespace DtiRules.Language.Editions;

internal sealed partial class WorkingEdition
{
    private void OverrideNode(OverrideNodeSyntax change)
    {
        if (FindNode(change.Name, nameof(DiagnosticText.Action_Override)) is not { } node)
        {
            return;
        }

        node.Syntax = node.Syntax with
        {
            Label = change.Label ?? node.Syntax.Label,
            MaxPoints = change.MaxPoints ?? node.Syntax.MaxPoints,
            Items = ReplaceClauses(node.Syntax.Items, change.Items.Where(i => i is not NodeDeclarationSyntax)),
        };
        foreach (var child in change.Items.OfType<NodeDeclarationSyntax>())
        {
            var added = WorkingNode.From(child, node);
            var index = node.Children.FindIndex(c => c.Name == child.Name.Name);
            if (index >= 0)
            {
                node.Children[index] = added;
            }
            else
            {
                node.Children.Add(added);
            }
        }
    }

    private void OverrideOutput(OverrideOutputSyntax change)
    {
        var index = _outputs.FindIndex(o => o.Name.Name == change.Name.Name);
        if (index < 0)
        {
            if (!change.Name.IsMissing)
            {
                ReportUnknown(nameof(DiagnosticText.Kind_Output), change.Name, nameof(DiagnosticText.Action_Override), _outputs.Select(o => o.Name.Name));
            }

            return;
        }

        var output = _outputs[index];
        _outputs[index] = output with { Label = change.Label ?? output.Label, Items = ReplaceClauses(output.Items, change.Items) };
    }

    /// <summary>Each new clause replaces the old clause of its kind (provenance, group, policy, formula) or is added.</summary>
    private static System.Collections.Immutable.ImmutableArray<NodeItemSyntax> ReplaceClauses(
        IEnumerable<NodeItemSyntax> current, IEnumerable<NodeItemSyntax> changes)
    {
        var items = current.ToList();
        foreach (var change in changes)
        {
            var index = items.FindIndex(i => i.GetType() == change.GetType());
            if (index >= 0)
            {
                items[index] = change;
            }
            else
            {
                items.Add(change);
            }
        }

        return [.. items];
    }

    private void Remove(RemoveDeclarationSyntax removal)
    {
        foreach (var name in removal.Names.Where(n => !n.IsMissing))
        {
            switch (removal.Kind)
            {
                case RemovalKind.Node when FindNode(name, nameof(DiagnosticText.Action_Remove)) is { } node:
                    (node.Parent?.Children ?? _roots).Remove(node);
                    break;
                case RemovalKind.Input when _inputs.RemoveAll(i => i.Name.Name == name.Name) == 0:
                    ReportUnknown(nameof(DiagnosticText.Kind_Input), name, nameof(DiagnosticText.Action_Remove), _inputs.Select(i => i.Name.Name));
                    break;
                case RemovalKind.Output when _outputs.RemoveAll(o => o.Name.Name == name.Name) == 0:
                    ReportUnknown(nameof(DiagnosticText.Kind_Output), name, nameof(DiagnosticText.Action_Remove), _outputs.Select(o => o.Name.Name));
                    break;
            }
        }
    }

    private void Move(MoveNodeSyntax move)
    {
        if (FindNode(move.Name, nameof(DiagnosticText.Action_Move)) is not { } node || FindNode(move.NewParent, nameof(DiagnosticText.Action_MoveUnder)) is not { } parent)
        {
            return;
        }

        if (node.SelfAndDescendants().Contains(parent))
        {
            _diagnostics.Report(DiagnosticDescriptors.MoveIntoOwnSubtree, move.NewParent.Span.Location, node.Name, parent.Name);
            return;
        }

        (node.Parent?.Children ?? _roots).Remove(node);
        node.Parent = parent;
        parent.Children.Add(node);
    }

    private void Rename(RenameNodeSyntax rename)
    {
        if (rename.NewName.IsMissing || FindNode(rename.OldName, nameof(DiagnosticText.Action_Rename)) is not { } node)
        {
            return;
        }

        var oldName = node.Name;
        node.Syntax = node.Syntax with { Name = rename.NewName };
        foreach (var alias in _aliases.Where(a => a.Value == oldName).Select(a => a.Key).ToList())
        {
            _aliases[alias] = rename.NewName.Name;
        }

        _aliases[oldName] = rename.NewName.Name;
    }
}
