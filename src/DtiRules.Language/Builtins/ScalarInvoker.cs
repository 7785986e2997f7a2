namespace DtiRules.Language.Builtins;

/// <summary>Calls a scalar built-in on arguments that are all present.</summary>
/// <param name="arguments">The arguments in order.</param>
/// <returns>The function's value.</returns>
public delegate decimal ScalarInvoker(ReadOnlySpan<decimal> arguments);
