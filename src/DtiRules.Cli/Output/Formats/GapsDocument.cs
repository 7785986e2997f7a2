using DtiRules.Analysis.Explain;

namespace DtiRules.Cli.Output.Formats;

/// <summary>What <c>dti gaps</c> writes.</summary>
/// <param name="Analysis">The unit's gaps.</param>
/// <param name="Notes">The dataset's notes.</param>
internal sealed record GapsDocument(GapAnalysis Analysis, IReadOnlyList<string> Notes);
