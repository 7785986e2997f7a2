using DtiRules.Language.Evaluation;

namespace DtiRules.Data.Units;

/// <summary>One unit of a registry, e.g. a province.</summary>
/// <param name="Code">Statistical code, e.g. <c>01</c>.</param>
/// <param name="Name">Canonical name in Vietnamese, NFC, e.g. <c>Hà Nội</c>.</param>
/// <param name="Slug">ASCII name for file names and URLs, e.g. <c>ha-noi</c>.</param>
/// <param name="Successor">For a pre-2025 province, the name of the province it became part of in 2025; null when the registry records none.</param>
public sealed record Unit(string Code, string Name, string Slug, string? Successor)
{
    /// <summary>The unit as scored data identifies it.</summary>
    public UnitIdentity ToIdentity() => new(Code, Name);
}
