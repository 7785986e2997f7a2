namespace DtiRules.Analysis.Explain;

/// <summary>A number with the name it is reported under, e.g. <c>max = 87.2</c>.</summary>
/// <param name="Name">The name (<c>max</c>, <c>min</c>, <c>mean</c>, <c>median</c>, <c>rank</c>, <c>share</c>).</param>
/// <param name="Value">The number.</param>
public sealed record NamedFigure(string Name, decimal Value);
