using System.Globalization;
using System.Text;
using DtiRules.Data.Reading.Criteria;
using DtiRules.Data.Text;

namespace DtiRules.Data.Catalogues;

/// <summary>
/// Writes a <see cref="Catalogue"/> as ruleset text that checks clean on its own: one input per
/// criterion (its points, range 0..max), one leaf per criterion scoring that input, groups summing
/// their children, the scale the total of the max points, and every node <c>assumed</c> as imported
/// from the sheet until someone documents it, and a <c>note</c> for each note column of the sheet.
/// The text is in the layout <c>dti fmt</c> keeps.
/// </summary>
public static class CatalogueRulesetWriter
{
    /// <summary>The ruleset text of <paramref name="catalogue"/> under <paramref name="header"/>.</summary>
    public static string Write(Catalogue catalogue, ImportHeader header)
    {
        var provenance = $"assumed {Quote($"imported from {catalogue.SourceName}")}";
        var criteria = catalogue.Criteria.ToList();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"// Imported by dti import from {catalogue.SourceName}: {criteria.Count} criteria, {PointsText.Format(catalogue.Total)} points.\n");
        text.Append("// Every node is assumed until it is documented with its source; each criterion's points are entered\n");
        text.Append("// directly, as the input p_<code>.\n\n");
        text.Append(CultureInfo.InvariantCulture, $"ruleset {header.Family} edition {header.Edition} {{\n");
        Property(text, "title", Quote(catalogue.Title));
        Property(text, "basis", Quote($"Imported from {catalogue.SourceName}"));
        Property(text, "unit", header.UnitKind);
        if (header.Units is { } units)
        {
            Property(text, "units", units == "open" ? units : Quote(units));
        }

        Property(text, "scale", PointsText.Format(catalogue.Total));
        Property(text, "round", "4");
        Property(text, "missing", "zero");
        text.Append("}\n\n");
        foreach (var criterion in criteria)
        {
            text.Append(CultureInfo.InvariantCulture, $"input {criterion.InputId}: number {Quote(criterion.Label)} range 0..{PointsText.Format(criterion.Max)}\n");
        }

        WriteNotes(text, catalogue.NoteHeaders);
        foreach (var root in catalogue.Roots)
        {
            text.Append('\n');
            WriteNode(text, root, provenance, 0);
        }

        text.Append(CultureInfo.InvariantCulture, $"\nindex dti {Quote(catalogue.Title)} {{\n  {provenance}\n  value = total / scale\n}}\n\nrank dti\n");
        return text.ToString();
    }

    /// <summary>Text as a ruleset string literal: quotes and backslashes escaped.</summary>
    public static string Quote(string text) =>
        $"\"{text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";

    // Header properties aligned as dti fmt aligns them.
    private static void Property(StringBuilder text, string name, string value) =>
        text.Append(CultureInfo.InvariantCulture, $"  {name,-7} {value}\n");

    // One note per note column, its id from the header; a header folding to an id already taken gets a number.
    private static void WriteNotes(StringBuilder text, IReadOnlyList<string> headers)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var header in headers)
        {
            var id = NoteIds.FromHeader(header);
            for (var n = 2; !ids.Add(id); n++)
            {
                id = string.Create(CultureInfo.InvariantCulture, $"{NoteIds.FromHeader(header)}_{n}");
            }

            text.Append(CultureInfo.InvariantCulture, $"{(ids.Count == 1 ? "\n" : string.Empty)}note {id} {Quote(header)}\n");
        }
    }

    private static void WriteNode(StringBuilder text, CatalogueNode node, string provenance, int depth)
    {
        var indent = new string(' ', depth * 2);
        text.Append(CultureInfo.InvariantCulture, $"{indent}node {node.Id} {Quote(node.Label)} max {PointsText.Format(node.Max)} {{\n");
        text.Append(CultureInfo.InvariantCulture, $"{indent}  {provenance}\n");
        if (node.IsLeaf)
        {
            text.Append(CultureInfo.InvariantCulture, $"{indent}  score = {node.InputId}\n");
        }

        foreach (var child in node.Children)
        {
            text.Append('\n');
            WriteNode(text, child, provenance, depth + 1);
        }

        text.Append(CultureInfo.InvariantCulture, $"{indent}}}\n");
    }
}
