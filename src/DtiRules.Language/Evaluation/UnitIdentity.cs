namespace DtiRules.Language.Evaluation;

/// <summary>A scored unit as resolved from the data: its statistical code and its canonical name.</summary>
/// <param name="Code">Stable code (e.g. the province's statistical code <c>01</c>).</param>
/// <param name="Name">Canonical name in Vietnamese, NFC (e.g. <c>Hà Nội</c>).</param>
public sealed record UnitIdentity(string Code, string Name);
