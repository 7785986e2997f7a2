using System.CommandLine;
using DtiRules.Data.Reading.Criteria;

namespace DtiRules.Cli.Commands;

/// <summary>Options naming the columns of a criteria sheet whose headers are not recognised, shared by <c>import</c>, <c>reconcile</c> and <c>score --round</c>.</summary>
internal sealed class CriteriaOptions
{
    public Option<string?> Sheet { get; } = new("--sheet") { Description = "The workbook sheet to read (default: the first one not named 'notes')." };

    public Option<string?> Code { get; } = new("--code-column") { Description = "The header of the code column, when it is not recognised (Mã, STT, Code)." };

    public Option<string?> Label { get; } = new("--label-column") { Description = "The header of the criterion column, when it is not recognised (Chỉ tiêu, Tiêu chí, Nội dung, Criterion)." };

    public Option<string?> Group { get; } = new("--group-column") { Description = "The header of the group column, when it is not recognised (Nhóm, Lĩnh vực, Group)." };

    public Option<string?> Max { get; } = new("--max-column") { Description = "The header of the max points column, when it is not recognised (Điểm tối đa, Điểm chuẩn, Max points)." };

    public Option<string[]> Rounds { get; } = new("--round-column")
    {
        Description = "HEADER=ID: the column HEADER holds the points of round ID (e.g. \"Điểm Sở chấm=appraised\"); may be repeated.",
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
                    result.AddError($"--round-column '{value}' must be HEADER=ID, e.g. \"Điểm thẩm định=appraised\".");
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
