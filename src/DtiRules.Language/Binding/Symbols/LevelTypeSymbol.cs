using System.Collections.Immutable;
using DtiRules.Language.Text;

namespace DtiRules.Language.Binding.Symbols;

/// <summary>An ordered level type, lowest member first.</summary>
/// <param name="Name">The level type id.</param>
/// <param name="Label">The label, or empty.</param>
/// <param name="Members">Members, lowest first.</param>
/// <param name="Location">Where it is declared.</param>
public sealed record LevelTypeSymbol(string Name, string Label, ImmutableArray<LevelMemberSymbol> Members, SourceLocation Location) : ISymbol
{
    /// <summary>Finds a member by id.</summary>
    public LevelMemberSymbol? FindMember(string name) => Members.FirstOrDefault(m => m.Name == name);

    /// <summary>Level types are identified by name; members are compared by position.</summary>
    public bool Equals(LevelTypeSymbol? other) => other is not null && other.Name == Name;

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);
}
