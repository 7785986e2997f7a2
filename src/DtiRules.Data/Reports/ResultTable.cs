using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Binding;
using DtiRules.Language.Builtins;
using DtiRules.Scoring;

namespace DtiRules.Data.Reports;

/// <summary>
/// The flat form of a scoring result that CSV and tables share: one row per unit in rank order,
/// columns <c>rank</c>, <c>unit</c>, <c>code</c> (then <c>kind</c> when the units' kinds differ, and
/// <c>parent</c>, <c>parent_code</c> and <c>rank_in_parent</c> when units have parents), the index,
/// the other outputs, every node's value (named by node id), every node's points
/// (<c>id.points</c>), other ranks, the unit's coverage, the flags and the data's notes under their headers, as written.
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
        var rows = new ResultRows(result);
        return new ResultTable(rows.UnitColumns, rows.Columns, [.. rows.Rows()]);
    }

    /// <summary>The outputs in the order results show them: the index first, then the others as declared.</summary>
    public static IReadOnlyList<OutputSymbol> PublishedOutputs(BoundRuleset ruleset) =>
        [.. ruleset.Outputs.OrderBy(o => o.IsIndex ? 0 : 1).ThenBy(o => o.Ordinal)];

    /// <summary>The unit's flagged cells as <c>id:flag</c> pairs separated by ';', inputs then nodes.</summary>
    public static string FlagsText(ScoringResult result, int unit)
    {
        // PERF: called for every unit of a result; most units have no flag at all.
        List<string>? pairs = null;
        void Add(string name, CellFlags flags)
        {
            if (flags != CellFlags.None && flags != CellFlags.Skipped)
            {
                pairs ??= [];
                pairs.AddRange(CellFlagNames.Of(flags).Select(f => $"{name}:{f}"));
            }
        }

        foreach (var input in result.Ruleset.Inputs)
        {
            Add(input.Name, result.InputFlags(input, unit));
        }

        foreach (var node in result.Ruleset.Nodes)
        {
            Add(node.Name, result.NodeFlags(node, unit));
        }

        return pairs is null ? string.Empty : string.Join(";", pairs);
    }
}
