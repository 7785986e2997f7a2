namespace DtiRules.Data.Reading.Criteria;

/// <summary>Columns named on the command line, for headers that are not recognised; null where the header decides.</summary>
/// <param name="Code">The code column's header (<c>--code-column</c>).</param>
/// <param name="Label">The criterion column's header (<c>--label-column</c>).</param>
/// <param name="Group">The group column's header (<c>--group-column</c>).</param>
/// <param name="Max">The max points column's header (<c>--max-column</c>).</param>
/// <param name="Rounds">Headers of round columns and their round ids (<c>--round-column HEADER=ID</c>).</param>
public sealed record CriteriaColumnOptions(string? Code, string? Label, string? Group, string? Max, IReadOnlyDictionary<string, string> Rounds)
{
    /// <summary>Every column recognised by its header.</summary>
    public static CriteriaColumnOptions None { get; } = new(null, null, null, null, new Dictionary<string, string>());
}
