using DtiRules.Analysis.Editions;
using DtiRules.Cli.Output.Formats;
using DtiRules.Tests.Infrastructure;

namespace DtiRules.Tests.Cli;

/// <summary>The registry of output formats offers each format on exactly the commands whose result it writes.</summary>
public sealed class OutputFormatTests
{
    [Fact]
    public void Each_command_result_is_offered_the_formats_that_write_it_default_first()
    {
        Assert.Equal(["table", "csv", "json"], Names<ScoreDocument>("table"));
        Assert.Equal(["table", "csv", "json"], Names<RescoreMatrix>("table"));
        Assert.Equal(["table", "csv", "json"], Names<ComparisonDocument>("table"));
        Assert.Equal(["table", "csv", "json"], Names<DiffDocument>("table"));
        Assert.Equal(["text", "json"], Names<ExplainDocument>("text"));
        Assert.Equal(["text", "json"], Names<GapsDocument>("text"));
        Assert.Equal(["table", "csv", "json"], Names<WhatIfDocument>("table"));
    }

    [Fact]
    public void A_second_result_behind_a_switch_is_written_by_every_format_of_the_command()
    {
        // compare and diff --data with --by-change, and gaps --plan, take the --format of their first result.
        Assert.Equal(Names<ComparisonDocument>("table"), Names<ChangeAttributionDocument>("table"));
        Assert.Equal(Names<DiffDocument>("table"), Names<ChangeAttributionDocument>("table"));
        Assert.Equal(Names<GapsDocument>("text"), Names<PlanDocument>("text"));
    }

    [Fact]
    public void The_option_accepts_the_registered_formats_and_describes_them()
    {
        var option = OutputFormats.Option<ExplainDocument>("text");
        Assert.Equal("text (for people) or json (everything, for tools).", option.Description);
    }

    [Theory]
    [InlineData("explain", "csv")]
    [InlineData("gaps", "table")]
    [InlineData("score", "text")]
    public void A_format_that_cannot_write_a_command_result_is_a_usage_error(string command, string format)
    {
        string[] args = command == "score"
            ? ["score", RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--format", format]
            : [command, RepositoryPaths.Ruleset2022, "--data", RepositoryPaths.Sample2022, "--unit", "Bắc Giang", "--format", format];
        var (code, output, error) = CliRunner.Run(args);
        Assert.Equal(2, code);
        Assert.StartsWith("Description:", output, StringComparison.Ordinal);
        Assert.Contains($"'{format}'", error, StringComparison.Ordinal);
    }

    private static List<string> Names<TDocument>(string defaultName) => [.. OutputFormats.For<TDocument>(defaultName).Select(f => f.Name)];
}
