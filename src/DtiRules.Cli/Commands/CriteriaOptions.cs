using System.CommandLine;
using DtiRules.Cli.Resources;
using DtiRules.Data.Reading.Criteria;

namespace DtiRules.Cli.Commands;

/// <summary>Options naming the columns of a criteria sheet whose headers are not recognised, shared by <c>import</c>, <c>reconcile</c> and <c>score --round</c>.</summary>
internal sealed class CriteriaOptions
{
    public Option<string?> Sheet { get; } = new("--sheet") { Description = Texts.Help.Get(nameof(HelpText.SheetDescription)) };

    public Option<string?> Code { get; } = new("--code-column") { Description = Texts.Help.Get(nameof(HelpText.CodeColumnDescription)) };

    public Option<string?> Label { get; } = new("--label-column") { Description = Texts.Help.Get(nameof(HelpText.LabelColumnDescription)) };

    public Option<string?> Group { get; } = new("--group-column") { Description = Texts.Help.Get(nameof(HelpText.GroupColumnDescription)) };

    public Option<string?> Max { get; } = new("--max-column") { Description = Texts.Help.Get(nameof(HelpText.MaxColumnDescription)) };

    public Option<string[]> Rounds { get; } = new("--round-column")
    {
        Description = Texts.Help.Get(nameof(HelpText.RoundColumnDescription)),
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>The options of reading a sheet, for a command.</summary>
    public IEnumerable<Option> All(bool columns) =>
        columns ? [Sheet, Code, Label, Group, Max, Rounds] : [Sheet, Rounds];

    /// <summary>Rejects a <c>--round-column</c> that is not HEADER=ID.</summary>
    public void Validate(Command command) =>
        command.Validators.Add(result =>
        {
            // The written values only: reading the option's value throws when one is missing.
            foreach (var value in result.GetResult(Rounds)?.Tokens.Select(token => token.Value) ?? [])
            {
                if (Split(value) is null)
                {
                    result.AddError(Texts.Help.Format(nameof(HelpText.RoundColumnShape), value));
                }
            }
        });

    /// <summary>The column names given on the command line.</summary>
    public CriteriaColumnOptions Read(ParseResult result) =>
        new(
            result.GetValue(Code),
            result.GetValue(Label),
            result.GetValue(Group),
            result.GetValue(Max),
            (result.GetValue(Rounds) ?? []).Select(Split).OfType<(string, string)>().ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal));

    private static (string Header, string Id)? Split(string value)
    {
        var equals = value.LastIndexOf('=');
        return equals > 0 && equals < value.Length - 1 ? (value[..equals].Trim(), value[(equals + 1)..].Trim()) : null;
    }
}
