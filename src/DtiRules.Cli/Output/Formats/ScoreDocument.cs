namespace DtiRules.Cli.Output.Formats;

/// <summary>What <c>dti score</c> writes.</summary>
/// <param name="Scores">The scoring, with the units before a merger when there was one.</param>
/// <param name="Notes">The data's notes and how units were merged.</param>
/// <param name="ShowBoth">Whether the table shows each merged unit's constituents and their ranks.</param>
internal sealed record ScoreDocument(EditionScores Scores, IReadOnlyList<string> Notes, bool ShowBoth);
