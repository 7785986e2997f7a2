using DtiRules.Analysis.Editions;

namespace DtiRules.Cli.Output.Formats;

/// <summary>What <c>dti compare</c> writes.</summary>
/// <param name="Comparison">The decomposed changes.</param>
/// <param name="Inputs">The two editions and the two datasets compared.</param>
internal sealed record ComparisonDocument(EditionComparison Comparison, ComparisonInputs Inputs);
