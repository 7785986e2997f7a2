using DtiRules.Language.Syntax.Nodes;
using DtiRules.Language.Text;

namespace DtiRules.Language.Binding.Symbols;

/// <summary>Where a node's or output's definition comes from.</summary>
/// <param name="Kind">Documented or assumed.</param>
/// <param name="Reason">Why, in one line.</param>
/// <param name="Source">Reference, or empty.</param>
/// <param name="Location">Where the clause is written.</param>
public sealed record Provenance(ProvenanceKind Kind, string Reason, string Source, SourceLocation Location);
