using DtiRules.Analysis.Reconciliation;
using DtiRules.Data.Reading.Criteria;
using DtiRules.Data.Reports.Workbooks;
using DtiRules.Language.Binding;
using DtiRules.Language.Binding.Symbols;

namespace DtiRules.Data.Catalogues;

/// <summary>
/// The checklist an office fills in, from a ruleset: one row per criterion and coded parent (code,
/// criterion, group, max points), empty columns for the self-assessment, the appraisal and the
/// notes kept beside them, and a total row. <c>dti import</c> reads it back to the same ruleset.
/// </summary>
public static class CatalogueExport
{
    /// <summary>
    /// The header row, the columns <c>dti import</c> and <c>dti reconcile</c> recognise: code,
    /// criterion, group, max, the two rounds, then one column per note the ruleset declares (only
    /// those, so that importing the checklist gives back the same ruleset).
    /// </summary>
    public static IReadOnlyList<string> Columns(BoundRuleset ruleset) =>
        ["Mã", "Chỉ tiêu", "Nhóm", "Điểm tối đa", "Tự đánh giá", "Thẩm định", .. ruleset.Notes.Select(n => n.Header)];

    private const int MaxColumn = 3;

    /// <summary>The rows of <paramref name="ruleset"/>'s checklist, the total last, as text cells under <see cref="Columns"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Rows(BoundRuleset ruleset)
    {
        var rows = new List<IReadOnlyList<string>>();
        var width = Columns(ruleset).Count;
        foreach (var root in ruleset.Roots)
        {
            Add(root, string.Empty, rows, width);
        }

        rows.Add(Row(string.Empty, "Tổng cộng", string.Empty, ruleset.Roots.Sum(r => r.MaxPoints), width));
        return rows;
    }

    /// <summary>The checklist as a workbook sheet, max points as numbers.</summary>
    public static WorkbookSheet Sheet(BoundRuleset ruleset) =>
        new("Tiêu chí", Columns(ruleset), [.. Rows(ruleset).Select(row => (IReadOnlyList<object?>)[.. row.Select((text, c) => c == MaxColumn && PointsText.TryParse(text, out var max) ? max : (object)text)])]);

    /// <summary>The code and text of a node: a code <c>dti import</c> wrote at the start of the label, else the node's id and the whole label.</summary>
    public static (string Code, string Text) CodeAndText(NodeSymbol node)
    {
        if (CriterionCode.InLabel(node.Label) is { } code && CriterionCode.ToId(code) == node.Name)
        {
            return (code, node.Label[(node.Label.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
        }

        if (node.Label.Trim() is var whole && CriterionCode.Normalise(whole) is { } bare && CriterionCode.ToId(bare) == node.Name)
        {
            return (bare, string.Empty);
        }

        return (IsUncodedGroup(node) ? string.Empty : node.Name, node.Label);
    }

    // A group imported from a group column or a heading without a code (g_1, g_2, …) is written as the group of its criteria.
    private static bool IsUncodedGroup(NodeSymbol node) =>
        node.Name.StartsWith("g_", StringComparison.Ordinal) && node.Name[2..].All(char.IsAsciiDigit) && node.Name.Length > 2;

    private static void Add(NodeSymbol node, string group, List<IReadOnlyList<string>> rows, int width)
    {
        if (IsUncodedGroup(node) && !node.IsLeaf)
        {
            foreach (var child in node.Children)
            {
                Add(child, node.Label, rows, width);
            }

            return;
        }

        var (code, text) = CodeAndText(node);
        rows.Add(Row(code, text, group, node.MaxPoints, width));
        foreach (var child in node.Children)
        {
            Add(child, group, rows, width);
        }
    }

    private static IReadOnlyList<string> Row(string code, string text, string group, decimal max, int width) =>
        [code, text, group, PointsText.Format(max), .. Enumerable.Repeat(string.Empty, width - 4)];
}
