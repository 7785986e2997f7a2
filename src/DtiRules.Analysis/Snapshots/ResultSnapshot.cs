using System.Globalization;
using System.Text;
using DtiRules.Scoring;

namespace DtiRules.Analysis.Snapshots;

/// <summary>
/// A scoring result as stable, diff-friendly text: one block per unit (sorted by code), one line per
/// rank, output and node, published values and points with fixed decimals. Same result, same bytes.
/// </summary>
public sealed class ResultSnapshot
{
    private const string Magic = "# dti snapshot 1";

    private ResultSnapshot(string description, IReadOnlyList<SnapshotUnit> units)
    {
        Description = description;
        Units = units;
    }

    /// <summary>The ruleset and data the snapshot was taken of.</summary>
    public string Description { get; }

    /// <summary>The units, by code.</summary>
    public IReadOnlyList<SnapshotUnit> Units { get; }

    /// <summary>Takes the snapshot of <paramref name="result"/>.</summary>
    public static ResultSnapshot Of(ScoringResult result)
    {
        var ruleset = result.Ruleset;
        var digits = ruleset.Header.Rounding;
        var units = Enumerable.Range(0, result.Units.Count)
            .OrderBy(u => result.Units[u].Code, StringComparer.Ordinal)
            .Select(u => new SnapshotUnit(
                result.Units[u].Code,
                result.Units[u].Name,
                ruleset.RankedOutputs.Select(o => new SnapshotEntry("rank", o.Name, ResultNumbers.Rank(result.Rank(o, u)))).ToList(),
                [.. ruleset.Outputs.Select(o => new SnapshotEntry("output", o.Name, ResultNumbers.Value(result.OutputValue(o, u), digits))),
                 .. ruleset.Nodes.Select(n => new SnapshotEntry("node", n.Name, $"{Dash(ResultNumbers.Value(result.NodeValue(n, u), digits))} {Dash(ResultNumbers.Points(result.Points(n, u)))}"))]))
            .ToList();
        var header = ruleset.Header;
        return new ResultSnapshot($"{header.Id} {header.Edition.ToString(CultureInfo.InvariantCulture)} ({header.Basis}), {units.Count} units", units);
    }

    /// <summary>The snapshot's text, '\n' line ends.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append(Magic).Append('\n').Append("# ").Append(Description).Append('\n');
        foreach (var unit in Units)
        {
            text.Append("unit ").Append(CodeText(unit.Code)).Append(' ').Append(unit.Name).Append('\n');
            foreach (var entry in unit.Ranks.Concat(unit.Values))
            {
                text.Append("  ").Append(entry.Kind).Append(' ').Append(entry.Id).Append(' ').Append(entry.Text).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Reads a snapshot written by <see cref="ToText"/>; null when the text is not one.</summary>
    public static ResultSnapshot? Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length < 2 || lines[0] != Magic)
        {
            return null;
        }

        var units = new List<SnapshotUnit>();
        foreach (var line in lines.Skip(2).Where(l => l.Length > 0))
        {
            if (line.StartsWith("unit ", StringComparison.Ordinal))
            {
                var (code, name) = ReadCode(line["unit ".Length..]);
                units.Add(new SnapshotUnit(code, name, [], []));
                continue;
            }

            var fields = line.TrimStart().Split(' ', 3);
            if (units.Count == 0 || fields.Length < 3)
            {
                return null;
            }

            var entry = new SnapshotEntry(fields[0], fields[1], fields[2]);
            var last = units[^1];
            units[^1] = entry.Kind == "rank" ? last with { Ranks = [.. last.Ranks, entry] } : last with { Values = [.. last.Values, entry] };
        }

        return new ResultSnapshot(lines[1].TrimStart('#', ' '), units);
    }

    private static string Dash(string text) => text.Length == 0 ? "-" : text;

    /// <summary>A code as written in a unit line: as it is, or quoted when it holds a space or starts with a quote (an open list's codes are names).</summary>
    private static string CodeText(string code) =>
        code.Contains(' ', StringComparison.Ordinal) || code.StartsWith('"') ? $"\"{code.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : code;

    /// <summary>The code and the name of a unit line's rest, the inverse of <see cref="CodeText"/>.</summary>
    private static (string Code, string Name) ReadCode(string rest)
    {
        if (!rest.StartsWith('"'))
        {
            var parts = rest.Split(' ', 2);
            return (parts[0], parts.Length > 1 ? parts[1] : string.Empty);
        }

        var code = new StringBuilder();
        var i = 1;
        for (; i < rest.Length; i++)
        {
            if (rest[i] == '"' && i + 1 < rest.Length && rest[i + 1] == '"')
            {
                code.Append('"');
                i++;
            }
            else if (rest[i] == '"')
            {
                break;
            }
            else
            {
                code.Append(rest[i]);
            }
        }

        return (code.ToString(), i + 2 <= rest.Length ? rest[(i + 2)..] : string.Empty);
    }
}
