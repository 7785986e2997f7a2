using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
using System.Globalization;
using DtiRules.Cli;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Cli;

/// <summary>
/// Every option of every command, written without its value or with a value it does not accept,
/// is a usage error naming the option: never an exception, whatever the other options say.
/// </summary>
public sealed class OptionValueCliTests
{
    private static readonly Type[] NumberTypes = [typeof(int), typeof(int?), typeof(decimal), typeof(decimal?)];

    /// <summary>Options a command needs one of although none is required on its own.</summary>
    private static readonly Dictionary<string, string[]> OneOfRequired = new(StringComparer.Ordinal)
    {
        ["snapshot"] = ["--check", "stored.snapshot"],
        ["whatif"] = ["--scenario", "scenario.csv"],
    };

    public static TheoryData<string, string, string> BadOptionLines()
    {
        var lines = new TheoryData<string, string, string>();
        foreach (var command in Root().Subcommands)
        {
            foreach (var option in command.Options.Where(TakesAValue))
            {
                // An option whose value may be left out (report --rounds) takes the default then.
                if (option.Arity.MinimumNumberOfValues > 0)
                {
                    lines.Add(command.Name, option.Name, "(missing)");
                }

                if (RefusedValue(option) is { } refused)
                {
                    lines.Add(command.Name, option.Name, refused);
                }
            }
        }

        return lines;
    }

    [Fact]
    public void The_commands_have_options_with_values_to_test() =>
        Assert.Contains(BadOptionLines(), line => (string)line[0] == "score" && (string)line[1] == "--rollup-weight");

    [Fact]
    public void The_filler_alone_is_a_valid_command_line()
    {
        foreach (var command in Root().Subcommands)
        {
            Assert.Empty(Root().Parse([command.Name, .. Filler(command, tested: string.Empty)]).Errors);
        }
    }

    [Theory]
    [MemberData(nameof(BadOptionLines))]
    public void An_option_without_a_value_or_with_a_refused_one_is_a_usage_error(string commandName, string optionName, string value)
    {
        var command = Root().Subcommands.Single(c => c.Name == commandName);
        string[] args = [commandName, .. Filler(command, optionName), optionName, .. value == "(missing)" ? Array.Empty<string>() : [value]];

        var errors = Root().Parse(args).Errors;
        Assert.Contains(errors, error => error.Message.Contains(optionName, StringComparison.Ordinal) || error.Message.Contains($"'{value}'", StringComparison.Ordinal));

        var (code, output, error) = CliRunner.Run(args);
        Assert.NotEqual(0, code);
        Assert.DoesNotContain("Exception", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("score", "--rollup", "province")]
    [InlineData("score", "--rollup-weight", null)]
    [InlineData("score", "--merge-weight", null)]
    [InlineData("rescore", "--merge-weight", null)]
    [InlineData("explain", "--depth", "-1")]
    [InlineData("gaps", "--target-rank", "0")]
    public void The_options_found_crashing_are_usage_errors(string commandName, string optionName, string? value)
    {
        var command = Root().Subcommands.Single(c => c.Name == commandName);
        string[] args = [commandName, .. Filler(command, optionName), optionName, .. value is null ? Array.Empty<string>() : [value]];
        var (code, _, error) = CliRunner.Run(args);
        Assert.NotEqual(0, code);
        Assert.Contains(optionName, error, StringComparison.Ordinal);
    }

    private static RootCommand Root() => DtiApp.Commands(new CliConsole(TextWriter.Null, TextWriter.Null));

    private static bool TakesAValue(Option option) =>
        option is not HelpOption && option.ValueType != typeof(bool) && option.Arity.MaximumNumberOfValues > 0;

    /// <summary>A value the parser refuses for <paramref name="option"/>: outside its choices, or not a number; null when any text is accepted.</summary>
    private static string? RefusedValue(Option option) =>
        option.GetCompletions(CompletionContext.Empty).Any() ? "no-such-choice"
        : NumberTypes.Contains(option.ValueType) ? "x"
        : null;

    /// <summary>Values for the command's arguments and required options other than <paramref name="tested"/>, so only the tested option is wrong.</summary>
    private static IEnumerable<string> Filler(Command command, string tested)
    {
        foreach (var argument in command.Arguments)
        {
            for (var i = 0; i < Math.Max(1, argument.Arity.MinimumNumberOfValues); i++)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{argument.Name}-{i}.dti");
            }
        }

        foreach (var option in command.Options.Where(o => o.Required && o.Name != tested))
        {
            yield return option.Name;
            for (var i = 0; i < Math.Max(1, option.Arity.MinimumNumberOfValues); i++)
            {
                // Each option its own file, so no output is taken for an input.
                yield return string.Create(CultureInfo.InvariantCulture, $"{option.Name.TrimStart('-')}-{i}.csv");
            }
        }

        // snapshot's --check and --out exclude each other, so --out is tested without --check.
        if (OneOfRequired.TryGetValue(command.Name, out var oneOf) && oneOf[0] != tested && !(command.Name == "snapshot" && tested == "--out"))
        {
            foreach (var word in oneOf)
            {
                yield return word;
            }
        }
    }
}
