using System.CommandLine;
using System.CommandLine.Parsing;

namespace DtiRules.Cli;

/// <summary>
/// What the command line wrote for an option, for validators that check how options combine.
/// Validators run before option values are converted, and reading a value that is missing or not
/// allowed throws (the parser reports that problem itself), so validators read the written text only.
/// </summary>
internal static class WrittenOption
{
    /// <summary>True when <paramref name="option"/> is written, with or without a value, and not with an empty value.</summary>
    public static bool IsGiven(CommandResult result, Option option) =>
        result.GetResult(option) is { Implicit: false } written && written.Tokens.All(token => token.Value.Length > 0);

    /// <summary>The one value written for <paramref name="option"/>, or null when it is not written or has no single value.</summary>
    public static string? Text(CommandResult result, Option option) =>
        result.GetResult(option) is { Implicit: false, Tokens: [var token] } ? token.Value : null;
}
