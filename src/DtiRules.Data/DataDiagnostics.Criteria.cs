using DtiRules.Data.Resources;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Data;

/// <summary>The problems of criteria sheets and of data with rounds of one assessment (DR43xx).</summary>
public static partial class DataDiagnostics
{
    /// <summary>A workbook has no sheet of the name given with <c>--sheet</c>. Arguments: the name, the sheets.</summary>
    public static readonly DiagnosticDescriptor SheetNotFound = new("DR4300", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>No row of a criteria sheet looks like its header. Arguments: the rows searched, the first row's cells.</summary>
    public static readonly DiagnosticDescriptor NoCriteriaHeader = new("DR4301", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>Two rows of a criteria sheet have one code. Arguments: the code, the first row.</summary>
    public static readonly DiagnosticDescriptor DuplicateCriterionCode = new("DR4302", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A code stored as a number repeats another row's code. Arguments: the code, the other row.</summary>
    public static readonly DiagnosticDescriptor CodeStoredAsNumber = new("DR4303", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A criterion has no max points. Arguments: the code, the max column.</summary>
    public static readonly DiagnosticDescriptor MissingMaxPoints = new("DR4304", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A max points cell is not a number. Argument: the text.</summary>
    public static readonly DiagnosticDescriptor MaxPointsNotNumber = new("DR4305", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A total row disagrees with the sum of the criteria. Arguments: the total, the sum.</summary>
    public static readonly DiagnosticDescriptor TotalMismatch = new("DR4306", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A group or parent row disagrees with the sum of its criteria. Arguments: the code or label, its max, the sum.</summary>
    public static readonly DiagnosticDescriptor GroupMaxMismatch = new("DR4307", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A code cell is not a criterion code. Argument: the text.</summary>
    public static readonly DiagnosticDescriptor UnrecognisedCode = new("DR4308", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A criteria sheet has no max points column. Argument: the headers.</summary>
    public static readonly DiagnosticDescriptor NoMaxColumn = new("DR4309", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A column named on the command line is not in the header. Arguments: the name, the option, the headers.</summary>
    public static readonly DiagnosticDescriptor ColumnNotFound = new("DR4310", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A criteria sheet has a header but no criterion under it.</summary>
    public static readonly DiagnosticDescriptor NoCriteria = new("DR4311", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>Data names a criterion the ruleset does not have. Arguments: the code, suggestions.</summary>
    public static readonly DiagnosticDescriptor UnknownCriterion = new("DR4312", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>Points outside 0..max. Arguments: the points, the criterion, the round, the max.</summary>
    public static readonly DiagnosticDescriptor PointsOutOfRange = new("DR4313", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A round cell holds text. Arguments: the text, the round.</summary>
    public static readonly DiagnosticDescriptor PointsNotNumber = new("DR4314", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>Two columns are one round. Arguments: the first header, the second header, the round.</summary>
    public static readonly DiagnosticDescriptor RoundNamedTwice = new("DR4315", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A unit lacks a round that others have. Arguments: the unit, the round.</summary>
    public static readonly DiagnosticDescriptor MissingRound = new("DR4316", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>An empty points cell. Arguments: the round, the criterion.</summary>
    public static readonly DiagnosticDescriptor MissingPoints = new("DR4317", Severity.Warning, DiagnosticTexts.Messages);

    /// <summary>The data holds no rounds. Argument: what was looked for.</summary>
    public static readonly DiagnosticDescriptor NoRounds = new("DR4318", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A round asked for is not in the data. Arguments: the round, the rounds there are.</summary>
    public static readonly DiagnosticDescriptor UnknownRound = new("DR4319", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A unit asked for is not in the data. Arguments: the unit, the units there are.</summary>
    public static readonly DiagnosticDescriptor UnknownRoundUnit = new("DR4320", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>Criteria of the ruleset without a row in the data. Arguments: how many, the first of them, the round.</summary>
    public static readonly DiagnosticDescriptor CriteriaNotInData = new("DR4321", Severity.Warning, DiagnosticTexts.Messages);

    /// <summary>
    /// The code column holds numbers Excel made of the codes (a decimal comma, a final zero dropped).
    /// Arguments: how many rows, the column, an example as written, the codes it may stand for.
    /// </summary>
    public static readonly DiagnosticDescriptor CodesTurnedIntoNumbers = new("DR4322", Severity.Error, DiagnosticTexts.Messages);
}
