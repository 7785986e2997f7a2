using DtiRules.Analysis.Explain;

namespace DtiRules.Cli.Output.Formats;

/// <summary>What <c>dti explain</c> writes.</summary>
/// <param name="Explanation">The unit's tree.</param>
/// <param name="Notes">The dataset's notes.</param>
internal sealed record ExplainDocument(Explanation Explanation, IReadOnlyList<string> Notes);
