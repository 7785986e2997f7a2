using DtiRules.Language.Binding.BoundTree;
using DtiRules.Language.Text;

namespace DtiRules.Language.Binding.Symbols;

/// <summary>A published value computed from nodes: a pillar, or the index.</summary>
public sealed class OutputSymbol : ISymbol
{
    internal OutputSymbol(string name, string label, bool isIndex, SourceLocation location, int ordinal)
    {
        Name = name;
        Label = label;
        IsIndex = isIndex;
        Location = location;
        Ordinal = ordinal;
    }

    /// <summary>The output id.</summary>
    public string Name { get; }

    /// <summary>The Vietnamese label.</summary>
    public string Label { get; }

    /// <summary>True for the headline index.</summary>
    public bool IsIndex { get; }

    /// <summary>Where it is declared.</summary>
    public SourceLocation Location { get; }

    /// <summary>Position among the outputs.</summary>
    public int Ordinal { get; }

    /// <summary>The provenance clause, or null.</summary>
    public Provenance? Provenance { get; internal set; }

    /// <summary>The formula; for an index without one, <c>total / scale</c>.</summary>
    public BoundExpression Formula { get; internal set; } = null!;

    /// <summary>The values the checker proves the formula gives, or null when it has errors.</summary>
    public Analysis.ProvenRange? ProvenValue { get; internal set; }

    /// <summary>True when the output is ranked.</summary>
    public bool IsRanked { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
