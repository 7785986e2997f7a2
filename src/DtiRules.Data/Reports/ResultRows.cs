using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Binding;
using DtiRules.Language.Schema;
using DtiRules.Scoring;

namespace DtiRules.Data.Reports;

/// <summary>
/// The columns of a <see cref="ResultTable"/> and its rows made one at a time in rank order, so a
/// writer can stream a result of any size instead of holding every cell as text.
/// </summary>
internal sealed class ResultRows
{
    private readonly ScoringResult _result;
    private readonly int _digits;
    private readonly IReadOnlyList<OutputSymbol> _outputs;
    private readonly List<OutputSymbol> _extraRanks;
    private readonly bool _showKind;
    private readonly IReadOnlyList<int?>? _parentRanks;
    private readonly IReadOnlyList<(NoteSymbol Note, IReadOnlyList<string> Texts)> _notes;

    public ResultRows(ScoringResult result)
    {
        _result = result;
        var ruleset = result.Ruleset;
        _digits = ruleset.Header.Rounding;
        _outputs = ResultTable.PublishedOutputs(ruleset);
        _extraRanks = [.. ruleset.RankedOutputs.Where(o => !o.IsIndex)];
        _showKind = result.Units.Select(u => u.Kind).Distinct(StringComparer.Ordinal).Count() > 1;
        _parentRanks = ParentRanks.Apply(result) ? ParentRanks.Of(result) : null;
        _notes = ResultNotes.Of(result);
        var unitColumns = new List<string> { "rank", "unit", "code" };
        if (_showKind)
        {
            unitColumns.Add("kind");
        }

        if (_parentRanks is not null)
        {
            unitColumns.AddRange(["parent", "parent_code", "rank_in_parent"]);
        }

        UnitColumns = unitColumns;
        Columns =
        [
            .. unitColumns,
            .. _outputs.Select(o => o.Name),
            .. ruleset.Nodes.Select(n => n.Name),
            .. ruleset.Nodes.Select(n => n.Name + DataSchema.PointsSuffix),
            .. _extraRanks.Select(o => o.Name + ".rank"),
            "coverage",
            "flags",
            .. _notes.Select(n => n.Note.Header),
        ];
    }

    /// <summary>The leading columns that name the unit.</summary>
    public IReadOnlyList<string> UnitColumns { get; }

    /// <summary>Every column name.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The rows, in rank order; each is a new array.</summary>
    public IEnumerable<string[]> Rows()
    {
        foreach (var unit in _result.UnitsByRank())
        {
            yield return Row(unit);
        }
    }

    private string[] Row(int u)
    {
        var result = _result;
        var ruleset = result.Ruleset;
        var row = new string[Columns.Count];
        var c = 0;
        row[c++] = ResultNumbers.Rank(ruleset.Index is { } index ? result.Rank(index, u) : null);
        row[c++] = result.Units[u].Name;
        row[c++] = result.Units[u].Code;
        if (_showKind)
        {
            row[c++] = result.Units[u].Kind;
        }

        if (_parentRanks is not null)
        {
            row[c++] = result.Units[u].Parent?.Name ?? string.Empty;
            row[c++] = result.Units[u].Parent?.Code ?? string.Empty;
            row[c++] = ResultNumbers.Rank(_parentRanks[u]);
        }

        foreach (var output in _outputs)
        {
            row[c++] = ResultNumbers.Value(result.OutputValue(output, u), _digits);
        }

        foreach (var node in ruleset.Nodes)
        {
            row[c++] = ResultNumbers.Value(result.NodeValue(node, u), _digits);
        }

        foreach (var node in ruleset.Nodes)
        {
            row[c++] = ResultNumbers.Points(result.Points(node, u));
        }

        foreach (var output in _extraRanks)
        {
            row[c++] = ResultNumbers.Rank(result.Rank(output, u));
        }

        row[c++] = ResultNumbers.Value(result.Coverage.PerUnit[u], _digits);
        row[c++] = ResultTable.FlagsText(result, u);
        foreach (var (_, texts) in _notes)
        {
            row[c++] = texts[u];
        }

        return row;
    }
}
