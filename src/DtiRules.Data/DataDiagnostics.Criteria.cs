using DtiRules.Language.Diagnostics;

namespace DtiRules.Data;

/// <summary>The problems of criteria sheets and of data with rounds of one assessment (DR43xx).</summary>
public static partial class DataDiagnostics
{
    /// <summary>A workbook has no sheet of the name given with <c>--sheet</c>. Arguments: the name, the sheets.</summary>
    public static readonly DiagnosticDescriptor SheetNotFound = new(
        "DR4300", Severity.Error, "Sheet not found",
        "The workbook has no sheet '{0}' (sheets: {1}); name one of them with --sheet.");

    /// <summary>No row of a criteria sheet looks like its header. Arguments: the rows searched, the first row's cells.</summary>
    public static readonly DiagnosticDescriptor NoCriteriaHeader = new(
        "DR4301", Severity.Error, "No criteria header",
        "No row among the first {0} has both a code column (Mã, STT, Code) and a criterion column (Chỉ tiêu, Tiêu chí, Nội dung, Criterion); the first row reads '{1}'. Name the columns with --code-column and --label-column.");

    /// <summary>Two rows of a criteria sheet have one code. Arguments: the code, the first row.</summary>
    public static readonly DiagnosticDescriptor DuplicateCriterionCode = new(
        "DR4302", Severity.Error, "Duplicate criterion code",
        "The code '{0}' is also on row {1}; give each criterion its own code.");

    /// <summary>A code stored as a number repeats another row's code. Arguments: the code, the other row.</summary>
    public static readonly DiagnosticDescriptor CodeStoredAsNumber = new(
        "DR4303", Severity.Error, "Code stored as a number",
        "The code '{0}' is stored as a number and repeats the code on row {1}: Excel drops a final zero (4.10 becomes 4.1). Format the code column as Text and type the code again.");

    /// <summary>A criterion has no max points. Arguments: the code, the max column.</summary>
    public static readonly DiagnosticDescriptor MissingMaxPoints = new(
        "DR4304", Severity.Error, "Missing max points",
        "The criterion '{0}' has no max points; write them in the column '{1}'.");

    /// <summary>A max points cell is not a number. Argument: the text.</summary>
    public static readonly DiagnosticDescriptor MaxPointsNotNumber = new(
        "DR4305", Severity.Error, "Max points not a number",
        "'{0}' is not a number of points; write the max as a number (2.5 or 2,5), at least 0.");

    /// <summary>A total row disagrees with the sum of the criteria. Arguments: the total, the sum.</summary>
    public static readonly DiagnosticDescriptor TotalMismatch = new(
        "DR4306", Severity.Error, "Total does not add up",
        "The total row says {0} points but the criteria add up to {1}; correct the total or the criteria's max points.");

    /// <summary>A group or parent row disagrees with the sum of its criteria. Arguments: the code or label, its max, the sum.</summary>
    public static readonly DiagnosticDescriptor GroupMaxMismatch = new(
        "DR4307", Severity.Error, "Group max does not add up",
        "'{0}' has max {1} but the criteria under it add up to {2}; correct its max or the criteria's.");

    /// <summary>A code cell is not a criterion code. Argument: the text.</summary>
    public static readonly DiagnosticDescriptor UnrecognisedCode = new(
        "DR4308", Severity.Error, "Not a criterion code",
        "'{0}' is not a criterion code; write numbers joined by points (1, 1.1, 4.12, 3.2a) or a Roman numeral for a group (I, II).");

    /// <summary>A criteria sheet has no max points column. Argument: the headers.</summary>
    public static readonly DiagnosticDescriptor NoMaxColumn = new(
        "DR4309", Severity.Error, "No max points column",
        "No column of max points (Điểm tối đa, Điểm chuẩn, Max points) among the headers {0}; name it with --max-column.");

    /// <summary>A column named on the command line is not in the header. Arguments: the name, the option, the headers.</summary>
    public static readonly DiagnosticDescriptor ColumnNotFound = new(
        "DR4310", Severity.Error, "Column not found",
        "No column '{0}' (named with {1}) among the headers {2}; write the header as the sheet has it.");

    /// <summary>A criteria sheet has a header but no criterion under it.</summary>
    public static readonly DiagnosticDescriptor NoCriteria = new(
        "DR4311", Severity.Error, "No criteria",
        "The sheet has no criterion rows under its header; write one row per criterion with its code and max points.");

    /// <summary>Data names a criterion the ruleset does not have. Arguments: the code, suggestions.</summary>
    public static readonly DiagnosticDescriptor UnknownCriterion = new(
        "DR4312", Severity.Error, "Unknown criterion",
        "The criterion '{0}' is not in the ruleset{1}; correct the code, or import the sheet again to add it.");

    /// <summary>Points outside 0..max. Arguments: the points, the criterion, the round, the max.</summary>
    public static readonly DiagnosticDescriptor PointsOutOfRange = new(
        "DR4313", Severity.Error, "Points outside 0..max",
        "{0} points for '{1}' in the round '{2}' lie outside 0..{3}; correct the points or the criterion's max.");

    /// <summary>A round cell holds text. Arguments: the text, the round.</summary>
    public static readonly DiagnosticDescriptor PointsNotNumber = new(
        "DR4314", Severity.Error, "Points not a number",
        "'{0}' in the round '{1}' is not a number of points; write a number (2.5 or 2,5), or leave the cell empty when there are none yet.");

    /// <summary>Two columns are one round. Arguments: the first header, the second header, the round.</summary>
    public static readonly DiagnosticDescriptor RoundNamedTwice = new(
        "DR4315", Severity.Error, "Round named twice",
        "The columns '{0}' and '{1}' are both the round '{2}'; remove one, or tell them apart with --round-column HEADER=ID.");

    /// <summary>A unit lacks a round that others have. Arguments: the unit, the round.</summary>
    public static readonly DiagnosticDescriptor MissingRound = new(
        "DR4316", Severity.Error, "Missing round",
        "The unit '{0}' has no data for the round '{1}'; add its rows for that round, or leave the unit out.");

    /// <summary>An empty points cell. Arguments: the round, the criterion.</summary>
    public static readonly DiagnosticDescriptor MissingPoints = new(
        "DR4317", Severity.Warning, "Missing points",
        "No points in the round '{0}' for '{1}': the cell is empty, so the ruleset's missing-data policy decides and the cell is flagged 'missing'; write 0 if none were earned.");

    /// <summary>The data holds no rounds. Argument: what was looked for.</summary>
    public static readonly DiagnosticDescriptor NoRounds = new(
        "DR4318", Severity.Error, "No rounds",
        "The data has no rounds of an assessment: {0}. Point columns are rounds by header (Tự đánh giá, Tự chấm: self; Thẩm định: appraised; Chính thức, Kết quả: official) or with --round-column HEADER=ID; long data needs a column 'round'.");

    /// <summary>A round asked for is not in the data. Arguments: the round, the rounds there are.</summary>
    public static readonly DiagnosticDescriptor UnknownRound = new(
        "DR4319", Severity.Error, "Unknown round",
        "The data has no round '{0}' (rounds: {1}); name one of them.");

    /// <summary>A unit asked for is not in the data. Arguments: the unit, the units there are.</summary>
    public static readonly DiagnosticDescriptor UnknownRoundUnit = new(
        "DR4320", Severity.Error, "Unit not in the rounds",
        "The data has no unit '{0}' (units: {1}); name one of them with --unit.");

    /// <summary>Criteria of the ruleset without a row in the data. Arguments: how many, the first of them, the round.</summary>
    public static readonly DiagnosticDescriptor CriteriaNotInData = new(
        "DR4321", Severity.Warning, "Criteria not in the data",
        "{0} criteria of the ruleset have no points in the round '{2}' ({1}): the missing-data policy decides their points and flags them 'missing'; add their rows.");
}
