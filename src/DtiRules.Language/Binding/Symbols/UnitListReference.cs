using DtiRules.Language.Text;

namespace DtiRules.Language.Binding.Symbols;

/// <summary>The unit list a ruleset's header names (<c>units "…"</c> or <c>units open</c>), or none.</summary>
/// <param name="Source">Built-in, a file, or open.</param>
/// <param name="Path">
/// For a file, its path resolved against the folder of the ruleset file that names it (so an
/// inherited clause points beside the base edition); empty otherwise.
/// </param>
/// <param name="Location">Where the clause is written; null when the header has none.</param>
public sealed record UnitListReference(UnitListSource Source, string Path, SourceLocation? Location)
{
    /// <summary>No clause: the kind's built-in list.</summary>
    public static UnitListReference BuiltIn { get; } = new(UnitListSource.BuiltIn, string.Empty, null);
}
