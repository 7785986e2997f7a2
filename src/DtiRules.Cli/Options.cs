using System.CommandLine;
using DtiRules.Cli.Resources;
using DtiRules.Data.Files;
using DtiRules.Data.Units;

namespace DtiRules.Cli;

/// <summary>Options shared by several commands, so they are named and described the same everywhere.</summary>
internal static class Options
{
    public static Option<string> DiagnosticFormat()
    {
        var option = new Option<string>("--format") { Description = "How to print diagnostics: text, json, or sarif (SARIF 2.1.0 for code-review tools).", DefaultValueFactory = _ => "text" };
        AcceptOnly(option, "text", "json", "sarif");
        return option;
    }

    public static Option<string> Engine()
    {
        var option = new Option<string>("--engine")
        {
            Description = "interpreted (the reference engine), compiled (C# through Roslyn, cached) or auto (compiled when cached or the work is large).",
            DefaultValueFactory = _ => "auto",
        };
        AcceptOnly(option, "interpreted", "compiled", "auto");
        return option;
    }

    public static Option<bool> Timings() =>
        new("--timings") { Description = "Print how long each stage took (read, bind, compile or load, score, write), in milliseconds, on standard error." };

    public static Option<string?> OutFile() =>
        new("--out") { Description = "Write the result to this file instead of standard output; a name ending in .xlsx writes an Excel workbook." };

    public static Option<string> Data() =>
        new("--data") { Description = "The dataset: .csv (wide or long), .json or .xlsx (wide or long, on the first sheet).", Required = true };

    public static Option<string[]> Rulesets(int count = 0)
    {
        var option = new Option<string[]>("--rulesets")
        {
            Description = count == 0 ? "The ruleset files (.dti), in the order to compare." : "The two ruleset files (.dti): A, then B.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            Arity = count == 0 ? ArgumentArity.OneOrMore : new ArgumentArity(count, count),
        };
        return option;
    }

    public static Option<string?> Units() =>
        new("--units")
        {
            Description = "The units the data may name: a unit list (.csv or .xlsx with columns code,name,aliases,kind,parent), or 'open' to take every distinct name as a unit; replaces the ruleset's 'units' clause.",
        };

    public static Option<string?> UnitsMap() =>
        new("--units-map") { Description = "Merge the scored units with this unit map (e.g. data/units/merger-2025.csv, or from_code,to_code,to_name for communes and departments): each merged unit's main indices are the mean of its constituents', then pillars, the index and ranks are recomputed." };

    public static Option<string?> MergeWeight() =>
        new("--merge-weight") { Description = "With --units-map: weight the mean by this numeric data column (e.g. population) instead of the published plain mean." };

    public static Option<string?> Rollup()
    {
        var option = new Option<string?>("--rollup")
        {
            Description = "parent: aggregate the results to each unit's parent in the unit list (a commune's province): main indices are the mean of the units under it, then pillars, the index and ranks are recomputed, one row per parent.",
        };
        AcceptOnly(option, "parent");
        return option;
    }

    public static Option<string?> RollupWeight() =>
        new("--rollup-weight") { Description = "With --rollup: weight the mean by this numeric data column (e.g. population) instead of the plain mean." };

    /// <summary>
    /// Lets <paramref name="option"/> take only one of <paramref name="choices"/> (offered as completions);
    /// any other value is a usage error that names the option and its choices.
    /// </summary>
    public static void AcceptOnly(Option option, params string[] choices)
    {
        option.CompletionSources.Add(choices);
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(token => !choices.Contains(token.Value, StringComparer.Ordinal)))
            {
                result.AddError(Texts.Help.Format(nameof(HelpText.OptionTakesOnly), option.Name, string.Join(", ", choices), token.Value));
            }
        });
    }

    /// <summary>The change of units the options ask for: a map (with its weight), a roll-up to the parents (with its weight), or none.</summary>
    public static UnitChange? UnitChange(ParseResult result, Option<string?> map, Option<string?> weight, Option<string?>? rollup = null, Option<string?>? rollupWeight = null)
    {
        if (result.GetValue(map) is { } path)
        {
            return new UnitChange(path, result.GetValue(weight));
        }

        return rollup is not null && result.GetValue(rollup) is not null ? new UnitChange(null, result.GetValue(rollupWeight!)) : null;
    }

    /// <summary>Rejects <paramref name="rollupWeight"/> without <paramref name="rollup"/>, and a roll-up with a unit map.</summary>
    public static void RequireRollupAlone(Command command, Option<string?> rollup, Option<string?> rollupWeight, Option<string?> map) =>
        command.Validators.Add(result =>
        {
            if (WrittenOption.IsGiven(result, rollupWeight) && !WrittenOption.IsGiven(result, rollup))
            {
                result.AddError("--rollup-weight needs --rollup parent.");
            }
            else if (WrittenOption.IsGiven(result, rollup) && WrittenOption.IsGiven(result, map))
            {
                result.AddError("--rollup and --units-map change the units in two ways; give one of them.");
            }
        });

    /// <summary>Rejects <paramref name="weight"/> without <paramref name="map"/>, where it would silently do nothing.</summary>
    public static void RequireMapForWeight(Command command, Option<string?> map, Option<string?> weight) =>
        command.Validators.Add(result =>
        {
            if (WrittenOption.IsGiven(result, weight) && !WrittenOption.IsGiven(result, map))
            {
                result.AddError("--merge-weight needs --units-map.");
            }
        });

    /// <summary>
    /// Refuses, as a usage error before anything is read, an output (<c>--out</c> and the like)
    /// that names a file the command reads: the ruleset, the data, a unit list, a unit map or a snapshot.
    /// </summary>
    public static void RefuseInputsAsOutputs(Command command, IReadOnlyList<Option> outputs, IReadOnlyList<Symbol> inputs) =>
        command.Validators.Add(result =>
        {
            foreach (var output in outputs)
            {
                if (result.GetResult(output) is not { Tokens: [.., var token] } || token.Value.Length == 0)
                {
                    continue;
                }

                var written = token.Value;
                var read = inputs
                    .SelectMany(input => Tokens(result, input).Select(t => (input.Name, t.Value)))
                    .FirstOrDefault(i => i.Value != UnitListLoader.OpenWord && i.Value.Length > 0 && FileIdentity.Same(i.Value, written));
                if (read.Name is not null)
                {
                    result.AddError($"{output.Name} '{written}' is the file this command reads as {read.Name} ('{read.Value}'); writing it would destroy the input, so write the result to another file.");
                }
            }
        });

    private static IReadOnlyList<System.CommandLine.Parsing.Token> Tokens(System.CommandLine.Parsing.CommandResult result, Symbol input) => input switch
    {
        Argument argument => result.GetResult(argument)?.Tokens ?? [],
        Option option => result.GetResult(option)?.Tokens ?? [],
        _ => throw new ArgumentOutOfRangeException(nameof(input), input, "Only arguments and options name input files."),
    };
}
