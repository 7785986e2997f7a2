namespace DtiRules.Language.Builtins;

/// <summary>One parameter of a built-in function.</summary>
/// <param name="Name">Its name in messages and the reference, e.g. <c>decimals</c>.</param>
/// <param name="Kind">What an argument must be.</param>
public sealed record BuiltinParameter(string Name, ParameterKind Kind = ParameterKind.Number);
