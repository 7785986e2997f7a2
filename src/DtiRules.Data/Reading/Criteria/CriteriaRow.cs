using DtiRules.Data.Reading;

namespace DtiRules.Data.Reading.Criteria;

/// <summary>One row of a criteria sheet.</summary>
/// <param name="Kind">Criterion, group heading or total.</param>
/// <param name="Code">The normalised code; empty for a heading without one and for a total.</param>
/// <param name="CodeCell">The code cell as written.</param>
/// <param name="CodeIsNumber">True when the workbook stores the code as a number (Excel may have dropped a final zero).</param>
/// <param name="Label">The criterion text, its lines joined by spaces.</param>
/// <param name="LabelCell">The criterion cell as written.</param>
/// <param name="Group">The group column's text, filled down over merged cells; empty without a group column.</param>
/// <param name="Max">The max points cell; null without a max column.</param>
/// <param name="Rounds">The cells of the round columns, in the order of <see cref="CriteriaSheet.Rounds"/>.</param>
/// <param name="Notes">The cells of the note columns, in the order of <see cref="CriteriaSheet.Notes"/>, as written (line breaks kept).</param>
public sealed record CriteriaRow(
    CriteriaRowKind Kind,
    string Code,
    RawCell CodeCell,
    bool CodeIsNumber,
    string Label,
    RawCell LabelCell,
    string Group,
    RawCell? Max,
    IReadOnlyList<RawCell> Rounds,
    IReadOnlyList<RawCell> Notes);
