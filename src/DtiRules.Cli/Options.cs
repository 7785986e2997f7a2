using System.CommandLine;

namespace DtiRules.Cli;

/// <summary>Options shared by several commands, so they are named and described the same everywhere.</summary>
internal static class Options
{
    public static Option<string> DiagnosticFormat()
    {
        var option = new Option<string>("--format") { Description = "How to print diagnostics: text or json.", DefaultValueFactory = _ => "text" };
        option.AcceptOnlyFromAmong("text", "json");
        return option;
    }

    public static Option<string> ResultFormat()
    {
        var option = new Option<string>("--format") { Description = "table (aligned, for people), csv or json (every node, for tools).", DefaultValueFactory = _ => "table" };
        option.AcceptOnlyFromAmong("table", "csv", "json");
        return option;
    }

    public static Option<string?> OutFile() =>
        new("--out") { Description = "Write the result to this file instead of standard output." };

    public static Option<string> Data() =>
        new("--data") { Description = "The dataset: .csv (wide or long) or .json.", Required = true };
}
