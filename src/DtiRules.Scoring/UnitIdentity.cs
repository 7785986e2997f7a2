namespace DtiRules.Scoring;

/// <summary>A scored unit as resolved from the data: its code and its canonical name.</summary>
/// <param name="Code">Stable code (e.g. the province's statistical code <c>01</c>).</param>
/// <param name="Name">Canonical name in Vietnamese, NFC (e.g. <c>Hà Nội</c>).</param>
public sealed record UnitIdentity(string Code, string Name)
{
    /// <summary>The unit kind (e.g. <c>province</c>, <c>commune</c>), or empty when not known.</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>The unit above it in its list (a commune's province), or null.</summary>
    public UnitIdentity? Parent { get; init; }
}
