using DtiRules.Analysis.Attribution;

namespace DtiRules.Cli.Output.Formats;

/// <summary>What <c>dti whatif</c> writes.</summary>
/// <param name="Outcome">Every unit before and after the values were set.</param>
/// <param name="Notes">The dataset's notes.</param>
internal sealed record WhatIfDocument(WhatIfOutcome Outcome, IReadOnlyList<string> Notes);
