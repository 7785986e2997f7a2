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
        var option = new Option<string>("--format") { Description = Texts.Help.Get(nameof(HelpText.DiagnosticFormatDescription)), DefaultValueFactory = _ => "text" };
        AcceptOnly(option, "text", "json", "sarif");
        return option;
    }

    public static Option<string> Engine()
    {
        var option = new Option<string>("--engine")
        {
            Description = Texts.Help.Get(nameof(HelpText.EngineDescription)),
            DefaultValueFactory = _ => "auto",
        };
        AcceptOnly(option, "interpreted", "compiled", "auto");
        return option;
    }

    public static Option<bool> Timings() =>
        new("--timings") { Description = Texts.Help.Get(nameof(HelpText.TimingsDescription)) };

    public static Option<string?> OutFile() =>
        new("--out") { Description = Texts.Help.Get(nameof(HelpText.OutDescription)) };

    public static Option<string> Data() =>
        new("--data") { Description = Texts.Help.Get(nameof(HelpText.DataDescription)), Required = true };

    public static Option<string[]> Rulesets(int count = 0)
    {
        var option = new Option<string[]>("--rulesets")
        {
            Description = count == 0 ? Texts.Help.Get(nameof(HelpText.RulesetsInOrderDescription)) : Texts.Help.Get(nameof(HelpText.RulesetsPairDescription)),
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            Arity = count == 0 ? ArgumentArity.OneOrMore : new ArgumentArity(count, count),
        };
        return option;
    }

    public static Option<string?> Units() =>
        new("--units")
        {
            Description = Texts.Help.Get(nameof(HelpText.UnitsDescription)),
        };

    public static Option<string?> UnitsMap() =>
        new("--units-map") { Description = Texts.Help.Get(nameof(HelpText.UnitsMapDescription)) };

    public static Option<string?> MergeWeight() =>
        new("--merge-weight") { Description = Texts.Help.Get(nameof(HelpText.MergeWeightDescription)) };

    public static Option<string?> Rollup()
    {
        var option = new Option<string?>("--rollup")
        {
            Description = Texts.Help.Get(nameof(HelpText.RollupDescription)),
        };
        AcceptOnly(option, "parent");
        return option;
    }

    public static Option<string?> RollupWeight() =>
        new("--rollup-weight") { Description = Texts.Help.Get(nameof(HelpText.RollupWeightDescription)) };

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
                result.AddError(Texts.Help.Get(nameof(HelpText.RollupWeightNeedsRollup)));
            }
            else if (WrittenOption.IsGiven(result, rollup) && WrittenOption.IsGiven(result, map))
            {
                result.AddError(Texts.Help.Get(nameof(HelpText.RollupOrUnitsMap)));
            }
        });

    /// <summary>Rejects <paramref name="weight"/> without <paramref name="map"/>, where it would silently do nothing.</summary>
    public static void RequireMapForWeight(Command command, Option<string?> map, Option<string?> weight) =>
        command.Validators.Add(result =>
        {
            if (WrittenOption.IsGiven(result, weight) && !WrittenOption.IsGiven(result, map))
            {
                result.AddError(Texts.Help.Get(nameof(HelpText.MergeWeightNeedsUnitsMap)));
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
                    result.AddError(Texts.Help.Format(nameof(HelpText.OutputIsAnInput), output.Name, written, read.Name, read.Value));
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
