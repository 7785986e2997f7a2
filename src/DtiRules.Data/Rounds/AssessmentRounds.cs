using DtiRules.Data.Reading;

namespace DtiRules.Data.Rounds;

/// <summary>
/// Data holding several rounds of one assessment of the same units (self-assessment, appraisal,
/// official result): one dataset per round, ready to be scored, and the text kept beside each
/// criterion (status, person in charge, deadline, evidence), as written.
/// </summary>
/// <param name="Path">The file as the user named it.</param>
/// <param name="RoundIds">The rounds in the order the data gives them.</param>
/// <param name="Datasets">Each round's dataset: one row per unit, in the same unit order for every round.</param>
/// <param name="NoteHeaders">The headers of the text columns, in order.</param>
/// <param name="Notes">Each (unit as written, node id)'s texts under <paramref name="NoteHeaders"/>, empty where none.</param>
public sealed record AssessmentRounds(
    string Path,
    IReadOnlyList<string> RoundIds,
    IReadOnlyDictionary<string, RawDataset> Datasets,
    IReadOnlyList<string> NoteHeaders,
    IReadOnlyDictionary<(string Unit, string Node), IReadOnlyList<string>> Notes)
{
    /// <summary>The units as written, in data order.</summary>
    public IReadOnlyList<string> Units => [.. Datasets[RoundIds[0]].Rows.Select(r => r.UnitText)];
}
