namespace DtiRules.Language.Binding.Symbols;

/// <summary>A member of a level type.</summary>
/// <param name="Name">The member id.</param>
/// <param name="Label">The Vietnamese label.</param>
/// <param name="Ordinal">Position, 0 for the lowest.</param>
public sealed record LevelMemberSymbol(string Name, string Label, int Ordinal) : ISymbol;
