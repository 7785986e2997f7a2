using DtiRules.Language.Binding;
using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Evaluation;

namespace DtiRules.Data.Reports;

/// <summary>
/// The flat form of a scoring result that CSV and tables share: one row per unit in rank order,
/// columns <c>rank</c>, <c>unit</c>, <c>code</c> (then <c>kind</c> when the units' kinds differ, and
/// <c>parent</c>, <c>parent_code</c> and <c>rank_in_parent</c> when units have parents), the index,
/// the other outputs, every node's value (named by node id), every node's points
/// (<c>id.points</c>), other ranks, the unit's coverage and the flags.
/// </summary>
public sealed class ResultTable
{
    private ResultTable(IReadOnlyList<string> unitColumns, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        UnitColumns = unitColumns;
        Columns = columns;
        Rows = rows;
    }

    /// <summary>The leading columns that name the unit: <c>rank</c>, <c>unit</c>, <c>code</c> and, when present, kind and parent.</summary>
    public IReadOnlyList<string> UnitColumns { get; }

    /// <summary>Column names.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Rows of cell texts, in the order of <see cref="Columns"/>.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    /// <summary>Flattens <paramref name="result"/>.</summary>
    public static ResultTable From(ScoringResult result)
    {
        var ruleset = result.Ruleset;
        var digits = ruleset.Header.Rounding;
        var outputs = PublishedOutputs(ruleset);
        var extraRanks = ruleset.RankedOutputs.Where(o => !o.IsIndex).ToList();
        var nodes = ruleset.Nodes;
        var showKind = result.Units.Select(u => u.Kind).Distinct(StringComparer.Ordinal).Count() > 1;
        var parentRanks = ParentRanks.Apply(result) ? ParentRanks.Of(result) : null;
        var unitColumns = new List<string> { "rank", "unit", "code" };
        if (showKind)
        {
            unitColumns.Add("kind");
        }

        if (parentRanks is not null)
        {
            unitColumns.AddRange(["parent", "parent_code", "rank_in_parent"]);
        }

        var columns = new List<string>(unitColumns);
        columns.AddRange(outputs.Select(o => o.Name));
        columns.AddRange(nodes.Select(n => n.Name));
        columns.AddRange(nodes.Select(n => n.Name + DataSchema.PointsSuffix));
        columns.AddRange(extraRanks.Select(o => o.Name + ".rank"));
        columns.Add("coverage");
        columns.Add("flags");

        var rows = new List<IReadOnlyList<string>>();
        foreach (var u in result.UnitsByRank())
        {
            var row = new List<string>(columns.Count)
            {
                ResultNumbers.Rank(ruleset.Index is { } index ? result.Rank(index, u) : null),
                result.Units[u].Name,
                result.Units[u].Code,
            };
            if (showKind)
            {
                row.Add(result.Units[u].Kind);
            }

            if (parentRanks is not null)
            {
                row.AddRange([result.Units[u].Parent?.Name ?? string.Empty, result.Units[u].Parent?.Code ?? string.Empty, ResultNumbers.Rank(parentRanks[u])]);
            }

            row.AddRange(outputs.Select(o => ResultNumbers.Value(result.OutputValue(o, u), digits)));
            row.AddRange(nodes.Select(n => ResultNumbers.Value(result.NodeValue(n, u), digits)));
            row.AddRange(nodes.Select(n => ResultNumbers.Points(result.Points(n, u))));
            row.AddRange(extraRanks.Select(o => ResultNumbers.Rank(result.Rank(o, u))));
            row.Add(ResultNumbers.Value(result.Coverage.PerUnit[u], digits));
            row.Add(FlagsText(result, u));
            rows.Add(row);
        }

        return new ResultTable(unitColumns, columns, rows);
    }

    /// <summary>The outputs in the order results show them: the index first, then the others as declared.</summary>
    public static IReadOnlyList<OutputSymbol> PublishedOutputs(BoundRuleset ruleset) =>
        [.. ruleset.Outputs.OrderBy(o => o.IsIndex ? 0 : 1).ThenBy(o => o.Ordinal)];

    /// <summary>The unit's flagged cells as <c>id:flag</c> pairs separated by ';', inputs then nodes.</summary>
    public static string FlagsText(ScoringResult result, int unit)
    {
        var cells = result.Ruleset.Inputs
            .Select(i => (i.Name, Flags: result.InputFlags(i, unit)))
            .Concat(result.Ruleset.Nodes.Select(n => (n.Name, Flags: result.NodeFlags(n, unit))))
            .Where(c => c.Flags != CellFlags.None && c.Flags != CellFlags.Skipped)
            .SelectMany(c => CellFlagNames.Of(c.Flags).Select(f => $"{c.Name}:{f}"));
        return string.Join(";", cells);
    }
}
