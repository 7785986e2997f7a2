using DtiRules.Language.Binding.Symbols;
using DtiRules.Language.Schema;
using DtiRules.Language.Syntax.Nodes;
using DtiRules.Language.Syntax;

namespace DtiRules.Language.Binding;

/// <summary>
/// A checked ruleset: every name resolved, every formula typed, the evaluation order fixed.
/// Everything a backend needs; nothing after this decides semantics.
/// </summary>
public sealed class BoundRuleset
{
    private readonly Lazy<DataSchema> _schema;

    internal BoundRuleset(
        SyntaxTree syntax,
        RulesetHeader header,
        IReadOnlyList<LevelTypeSymbol> levels,
        IReadOnlyList<InputSymbol> inputs,
        IReadOnlyList<NodeSymbol> nodes,
        IReadOnlyList<OutputSymbol> outputs,
        IReadOnlyList<OutputSymbol> rankedOutputs,
        IReadOnlyList<EvaluationStep> evaluationOrder,
        int cohortSlotCount)
    {
        Syntax = syntax;
        Header = header;
        Levels = levels;
        Inputs = inputs;
        Nodes = nodes;
        Outputs = outputs;
        EvaluationOrder = evaluationOrder;
        CohortSlotCount = cohortSlotCount;
        Roots = [.. nodes.Where(n => n.Parent is null)];
        ScoredRoots = [.. Roots.Where(r => !r.IsUnscored)];
        Index = outputs.FirstOrDefault(o => o.IsIndex);
        RankedOutputs = rankedOutputs;
        _schema = new Lazy<DataSchema>(() => DataSchemaFactory.Create(this));
    }

    /// <summary>The syntax tree of the edition's own file.</summary>
    public SyntaxTree Syntax { get; }

    /// <summary>The declarations bound: the file's own, or for an edition that extends another, the flattened edition.</summary>
    public RulesetSyntax Declarations { get; init; } = null!;

    /// <summary>The header.</summary>
    public RulesetHeader Header { get; }

    /// <summary>Level types.</summary>
    public IReadOnlyList<LevelTypeSymbol> Levels { get; }

    /// <summary>Inputs in declaration order.</summary>
    public IReadOnlyList<InputSymbol> Inputs { get; }

    /// <summary>Every node, in pre-order (parent before children, written order).</summary>
    public IReadOnlyList<NodeSymbol> Nodes { get; }

    /// <summary>Top-level nodes (the main indices).</summary>
    public IReadOnlyList<NodeSymbol> Roots { get; }

    /// <summary>Outputs in declaration order, the index included.</summary>
    public IReadOnlyList<OutputSymbol> Outputs { get; }

    /// <summary>The headline index, or null in a ruleset with errors.</summary>
    public OutputSymbol? Index { get; }

    /// <summary>Ranked outputs, in the order of the <c>rank</c> clauses.</summary>
    public IReadOnlyList<OutputSymbol> RankedOutputs { get; }

    /// <summary>Nodes and outputs in an order where each comes after everything it reads.</summary>
    public IReadOnlyList<EvaluationStep> EvaluationOrder { get; }

    /// <summary>Number of cohort call sites (each computed once per run).</summary>
    public int CohortSlotCount { get; }

    /// <summary>How inputs get values from data without their column (older editions' data), in written order.</summary>
    public IReadOnlyList<InputMapping> Mappings { get; init; } = [];

    /// <summary>Text columns of the data kept beside the scores, in declaration order (the base edition's first).</summary>
    public IReadOnlyList<NoteSymbol> Notes { get; init; } = [];

    /// <summary>The file's own <c>test</c> blocks (an edition does not inherit its base's tests).</summary>
    public IReadOnlyList<Tests.RulesetTest> Tests { get; init; } = [];

    /// <summary>The factors of the <c>uncertainty</c> blocks that a sensitivity run varies, in written order.</summary>
    public IReadOnlyList<Uncertainty.UncertaintyFactor> Uncertainty { get; init; } = [];

    /// <summary>Old ids of renamed nodes, each to the node's id in this edition.</summary>
    public IReadOnlyDictionary<string, string> Aliases { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The edition this one extends, as <c>id edition</c>, or null for a standalone edition.</summary>
    public string? BaseEdition { get; init; }

    /// <summary>
    /// How many errors the compilation that produced this ruleset reported (syntax, editions and
    /// binding). A ruleset with errors is never scored: scoring reports DR3006 instead.
    /// </summary>
    public int ErrorCount { get; internal set; }

    /// <summary>The top-level nodes worth points, whose points add up to <c>total</c>.</summary>
    public IReadOnlyList<NodeSymbol> ScoredRoots { get; }

    /// <summary>The columns a dataset may supply (built on first use, after every property is set).</summary>
    public DataSchema Schema => _schema.Value;

    /// <summary>Finds a node by id.</summary>
    public NodeSymbol? FindNode(string name) => Nodes.FirstOrDefault(n => n.Name == name);

    /// <summary>Finds an output by id.</summary>
    public OutputSymbol? FindOutput(string name) => Outputs.FirstOrDefault(o => o.Name == name);
}
