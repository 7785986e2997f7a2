namespace DtiRules.Cli.Output.Formats;

/// <summary>What <c>compare --by-change</c> and <c>diff --data --by-change</c> write: one row per unit and change.</summary>
/// <param name="Grid">The contributions as text cells.</param>
/// <param name="Title">What was compared, by change.</param>
/// <param name="Notes">How the shares were computed.</param>
internal sealed record ChangeAttributionDocument(TextGrid Grid, string Title, IReadOnlyList<string> Notes);
