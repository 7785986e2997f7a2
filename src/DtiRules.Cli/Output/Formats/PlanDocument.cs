using DtiRules.Analysis.Attribution;

namespace DtiRules.Cli.Output.Formats;

/// <summary>What <c>dti gaps --plan</c> writes.</summary>
/// <param name="Plan">The input changes, cheapest first.</param>
/// <param name="Digits">The decimals of the index values.</param>
internal sealed record PlanDocument(Plan Plan, int Digits);
