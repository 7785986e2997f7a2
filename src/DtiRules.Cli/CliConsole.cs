namespace DtiRules.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, diagnostics and progress to <see cref="Error"/>.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error);
