using DtiRules.Analysis.Diff;

namespace DtiRules.Cli.Output.Formats;

/// <summary>What <c>dti diff</c> writes.</summary>
/// <param name="Diff">The changes from one edition to the other.</param>
/// <param name="Effect">Their effect on the units of a dataset, when one was given.</param>
/// <param name="Notes">The dataset's notes.</param>
internal sealed record DiffDocument(MethodologyDiff Diff, MethodologyEffect? Effect, IReadOnlyList<string> Notes);
