using DtiRules.Language.Text;

namespace DtiRules.Language.Binding.Symbols;

/// <summary>A declared input: a value the data supplies per unit.</summary>
/// <param name="Name">The id, also the data column name.</param>
/// <param name="Label">The Vietnamese label.</param>
/// <param name="Type">The declared type.</param>
/// <param name="Minimum">Smallest allowed value, or null.</param>
/// <param name="Maximum">Largest allowed value, or null.</param>
/// <param name="Unit">Unit of measure, or empty.</param>
/// <param name="Policy">The input's own missing-data policy, or null to defer to the node reading it.</param>
/// <param name="Location">Where it is declared.</param>
/// <param name="Ordinal">Position among the inputs.</param>
public sealed record InputSymbol(
    string Name, string Label, RuleType Type, decimal? Minimum, decimal? Maximum, string Unit, MissingPolicy? Policy,
    SourceLocation Location, int Ordinal) : ISymbol;
