using DtiRules.Language.Text;

namespace DtiRules.Language.Binding.Symbols;

/// <summary>The checked header of a ruleset.</summary>
/// <param name="Id">Ruleset id, e.g. <c>dti_province</c>.</param>
/// <param name="Edition">The edition (year).</param>
/// <param name="Title">Title.</param>
/// <param name="Basis">Legal basis, e.g. <c>922/QĐ-BTTTT</c>.</param>
/// <param name="Source">Where the basis can be read, or empty.</param>
/// <param name="UnitKind">province, commune, district, department, ministry or custom.</param>
/// <param name="Scale">Total points.</param>
/// <param name="Rounding">Decimals of published values.</param>
/// <param name="Policy">Default missing-data policy.</param>
/// <param name="Location">Where the header is written.</param>
public sealed record RulesetHeader(
    string Id, int Edition, string Title, string Basis, string Source, string UnitKind, decimal Scale, int Rounding,
    MissingPolicy Policy, SourceLocation Location)
{
    /// <summary>Where the <c>unit</c> clause is written (the header when it has none), for problems with the kind's list.</summary>
    public SourceLocation UnitKindLocation { get; init; } = Location;

    /// <summary>True when the header itself has errors, so some of its values are defaults rather than what is written.</summary>
    public bool HasErrors { get; init; }

    /// <summary>The unit list the header names with <c>units</c>, or <see cref="UnitListReference.BuiltIn"/>.</summary>
    public UnitListReference UnitList { get; init; } = UnitListReference.BuiltIn;
}
