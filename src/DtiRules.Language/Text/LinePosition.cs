namespace DtiRules.Language.Text;

/// <summary>A 1-based line and column.</summary>
public readonly record struct LinePosition(int Line, int Column);
