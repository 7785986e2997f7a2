using DtiRules.Analysis.Reconciliation;
using DtiRules.Data.Reading.Criteria;
using DtiRules.Language.Diagnostics;
using DtiRules.Language.Text;

namespace DtiRules.Data.Catalogues;

/// <summary>
/// Turns the rows of a criteria sheet into a <see cref="Catalogue"/>: one node per group (from the
/// group column, or from heading rows), codes nested by their segments (<c>1</c> over <c>1.1</c>
/// over <c>1.1.2</c>), a parent's max the sum of its children, total rows checked against the sum.
/// Every problem is reported at its cell; a sheet with errors gives no catalogue.
/// </summary>
public static class CatalogueBuilder
{
    /// <summary>The catalogue of <paramref name="sheet"/>, or null with the reasons reported.</summary>
    public static Catalogue? Build(CriteriaSheet sheet, string title, DiagnosticBag diagnostics)
    {
        var found = new DiagnosticBag();
        var catalogue = Collect(sheet, title, found);
        diagnostics.AddRange(found);
        return found.HasErrors ? null : catalogue;
    }

    private static Catalogue? Collect(CriteriaSheet sheet, string title, DiagnosticBag diagnostics)
    {
        if (sheet.Max is not { } maxColumn)
        {
            diagnostics.Report(DataDiagnostics.NoMaxColumn, SourceLocation.File(sheet.CellPath), string.Join(", ", sheet.Columns.Where(c => c.Header.Length > 0).Select(c => $"'{c.Header}'")));
            return null;
        }

        var roots = new List<CatalogueNode>();
        var cells = new Dictionary<CatalogueNode, CriteriaRow>();
        var byCode = new Dictionary<string, (CatalogueNode Node, CriteriaRow Row, CatalogueNode? Container)>(StringComparer.Ordinal);
        var groups = new Dictionary<string, CatalogueNode>(StringComparer.Ordinal);
        var totals = new List<CriteriaRow>();
        CatalogueNode? heading = null;
        var uncoded = 0;
        var previous = string.Empty;

        CatalogueNode NewGroup(string code, string text, SourceLocation location) =>
            new(code.Length > 0 ? CriterionCode.ToId(code) : $"g_{++uncoded}", code, text, location);

        foreach (var row in sheet.Rows)
        {
            switch (row.Kind)
            {
                case CriteriaRowKind.Total:
                    totals.Add(row);
                    continue;
                case CriteriaRowKind.Heading:
                    if (row.Code.Length > 0 && byCode.TryGetValue(row.Code, out var earlier))
                    {
                        diagnostics.Report(DataDiagnostics.DuplicateCriterionCode, row.CodeCell.Location, row.Code, earlier.Row.CodeCell.Location.Line);
                        continue;
                    }

                    heading = NewGroup(row.Code, row.Label, row.CodeCell.Location);
                    cells[heading] = row;
                    roots.Add(heading);
                    if (row.Code.Length > 0)
                    {
                        byCode[row.Code] = (heading, row, null);
                    }

                    continue;
                case CriteriaRowKind.Criterion:
                    break;
            }

            var container = heading;
            if (row.Group.Length > 0)
            {
                if (!groups.TryGetValue(row.Group, out container))
                {
                    groups[row.Group] = container = NewGroup(string.Empty, row.Group, row.LabelCell.Location);
                    roots.Add(container);
                }
            }

            var after = previous;
            previous = row.Code;
            if (byCode.TryGetValue(row.Code, out var first))
            {
                // A CSV keeps no cell types, but 1.1 right after 1.9 is 1.10 that Excel saved as a number.
                var turned = row.CodeIsNumber || first.Row.CodeIsNumber || ExcelNumberCodes.FollowsOnceZerosLost(after, row.Code);
                var descriptor = turned ? DataDiagnostics.CodeStoredAsNumber : DataDiagnostics.DuplicateCriterionCode;
                diagnostics.Report(descriptor, row.CodeCell.Location, row.Code, first.Row.CodeCell.Location.Line);
                continue;
            }

            var node = new CatalogueNode(CriterionCode.ToId(row.Code), row.Code, row.Label, row.CodeCell.Location);
            cells[node] = row;
            byCode[row.Code] = (node, row, container);
            var parent = Ancestor(row.Code, container, byCode) ?? container;
            if (parent is null)
            {
                roots.Add(node);
            }
            else
            {
                parent.Add(node);
            }
        }

        foreach (var root in roots)
        {
            SetMax(root, cells, maxColumn, diagnostics);
        }

        if (!roots.Any(r => r.DescendantsAndSelf().Any(n => n.IsLeaf && cells.TryGetValue(n, out var row) && row.Kind == CriteriaRowKind.Criterion)))
        {
            diagnostics.Report(DataDiagnostics.NoCriteria, SourceLocation.File(sheet.CellPath));
        }

        var catalogue = new Catalogue(Path.GetFileName(sheet.Path), title, roots)
        {
            NoteHeaders = [.. sheet.Notes.Select(n => n.Header.Trim())],
        };
        foreach (var total in totals)
        {
            if (total.Max is { Text.Length: > 0 } cell && PointsText.TryParse(cell.Text, out var written) && written != catalogue.Total)
            {
                diagnostics.Report(DataDiagnostics.TotalMismatch, cell.Location, cell.Text.Trim(), PointsText.Format(catalogue.Total));
            }
        }

        return catalogue;
    }

    // The nearest row above in the same group whose code is a prefix of this one (1.1 for 1.1.2, else 1).
    private static CatalogueNode? Ancestor(string code, CatalogueNode? container, Dictionary<string, (CatalogueNode Node, CriteriaRow Row, CatalogueNode? Container)> byCode)
    {
        for (var end = code.LastIndexOf('.'); end > 0; end = code.LastIndexOf('.', end - 1))
        {
            if (byCode.TryGetValue(code[..end], out var found) && found.Container == container && !CriterionCode.IsRoman(found.Node.Code))
            {
                return found.Node;
            }
        }

        return null;
    }

    private static void SetMax(CatalogueNode node, Dictionary<CatalogueNode, CriteriaRow> cells, CriteriaColumn maxColumn, DiagnosticBag diagnostics)
    {
        foreach (var child in node.Children)
        {
            SetMax(child, cells, maxColumn, diagnostics);
        }

        cells.TryGetValue(node, out var row);
        var cell = row?.Max;
        var name = node.Code.Length > 0 ? node.Code : node.Text;
        decimal? written = null;
        if (cell is { Text: var text } && text.Trim().Length > 0)
        {
            if (PointsText.TryParse(text, out var parsed) && parsed >= 0m)
            {
                written = parsed;
            }
            else
            {
                diagnostics.Report(DataDiagnostics.MaxPointsNotNumber, cell.Location, text.Trim());
                return;
            }
        }

        if (node.IsLeaf)
        {
            if (written is null)
            {
                diagnostics.Report(DataDiagnostics.MissingMaxPoints, cell?.Location ?? node.Location, name, maxColumn.Header);
            }

            node.Max = written ?? 0m;
            return;
        }

        node.Max = node.Children.Sum(c => c.Max);
        if (written is { } max && max != node.Max)
        {
            diagnostics.Report(DataDiagnostics.GroupMaxMismatch, cell!.Location, name, PointsText.Format(max), PointsText.Format(node.Max));
        }
    }
}
