using DtiRules.Data.Resources;
using DtiRules.Language.Diagnostics;

namespace DtiRules.Data;

/// <summary>The problems a dataset can have (codes DR4xxx); each message ends by saying how to fix it.</summary>
public static partial class DataDiagnostics
{
    /// <summary>The file could not be opened or read. Argument: the system's reason.</summary>
    public static readonly DiagnosticDescriptor CannotReadFile = new("DR4001", Severity.Error, DiagnosticTexts.Messages)
    {
        IsInputOutput = true,
    };

    /// <summary>The file has no data rows.</summary>
    public static readonly DiagnosticDescriptor EmptyData = new("DR4002", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>The bytes are not text in an encoding that can be recognised (UTF-8, UTF-16, Windows-1258). Argument: what was found.</summary>
    public static readonly DiagnosticDescriptor Encoding = new("DR4003", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A column names no input, node or note of the ruleset. Arguments: the name, suggestions, for a text column how to declare it as a note.</summary>
    public static readonly DiagnosticDescriptor UnknownField = new("DR4004", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>Two rows are the same unit. Arguments: as written, the first row's line, the first as written, the canonical name.</summary>
    public static readonly DiagnosticDescriptor DuplicateUnit = new("DR4005", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A unit name is not in the unit list. Arguments: as written, suggestions, the list.</summary>
    public static readonly DiagnosticDescriptor UnknownUnit = new("DR4006", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A cell is not a number. Arguments: the text, the field, an example.</summary>
    public static readonly DiagnosticDescriptor NotANumber = new("DR4007", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A decimal comma in a file that did not declare it. Arguments: the text, the same number with a point.</summary>
    public static readonly DiagnosticDescriptor UndeclaredDecimalComma = new("DR4008", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A value outside its field's range. Arguments: the text, the field, the allowed range.</summary>
    public static readonly DiagnosticDescriptor OutOfRange = new("DR4009", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A column name repeats. Arguments: the name, the first column's number.</summary>
    public static readonly DiagnosticDescriptor DuplicateColumn = new("DR4010", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A row's cell count differs from the header's. Arguments: cells in the row, cells in the header.</summary>
    public static readonly DiagnosticDescriptor WrongCellCount = new("DR4011", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>No unit column or property. Argument: what was found.</summary>
    public static readonly DiagnosticDescriptor NoUnitColumn = new("DR4012", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A yes/no cell holds something else. Arguments: the text, the field.</summary>
    public static readonly DiagnosticDescriptor BadYesNo = new("DR4013", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A level cell names no member. Arguments: the text, the field, the members.</summary>
    public static readonly DiagnosticDescriptor BadLevel = new("DR4014", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A node is given as a value and as points. Argument: the node id.</summary>
    public static readonly DiagnosticDescriptor ValueAndPoints = new("DR4015", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>The JSON does not parse. Argument: the parser's message.</summary>
    public static readonly DiagnosticDescriptor InvalidJson = new("DR4016", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>The file extension is not a known format. Argument: the extension.</summary>
    public static readonly DiagnosticDescriptor UnknownFormat = new("DR4017", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A count is not a whole number ≥ 0. Arguments: the text, the field.</summary>
    public static readonly DiagnosticDescriptor CountNotWhole = new("DR4018", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A long-form (unit, field) pair repeats. Arguments: the unit, the field, the first line.</summary>
    public static readonly DiagnosticDescriptor DuplicateLongFormCell = new("DR4019", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>The unit cell is empty.</summary>
    public static readonly DiagnosticDescriptor EmptyUnitName = new("DR4020", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A JSON object repeats a property. Arguments: the property, the first line.</summary>
    public static readonly DiagnosticDescriptor DuplicateJsonProperty = new("DR4021", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A CSV record has broken quoting. Argument: what is wrong.</summary>
    public static readonly DiagnosticDescriptor MalformedQuoting = new("DR4022", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>The JSON parses but has the wrong shape. Argument: what is wrong.</summary>
    public static readonly DiagnosticDescriptor UnexpectedJsonShape = new("DR4023", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A data setting is not known. Argument: the setting as written.</summary>
    public static readonly DiagnosticDescriptor UnknownSetting = new("DR4024", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A column or long-form row has no field name. Argument: the column or row.</summary>
    public static readonly DiagnosticDescriptor EmptyFieldName = new("DR4025", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>No unit list exists for a ruleset's unit kind and none is named. Argument: the unit kind.</summary>
    public static readonly DiagnosticDescriptor NoUnitList = new("DR4026", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>Fields the edition being scored does not use, when another edition's data is rescored. Arguments: count, names.</summary>
    public static readonly DiagnosticDescriptor FieldsNotUsed = new("DR4027", Severity.Info, DiagnosticTexts.Messages);

    /// <summary>The unit map lacks a column. Argument: the column name.</summary>
    public static readonly DiagnosticDescriptor UnitMapColumnMissing = new("DR4028", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A row's code names another unit than its name. Arguments: the code, the name, the unit's code.</summary>
    public static readonly DiagnosticDescriptor UnitMapCodeMismatch = new("DR4029", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A pre-merger unit is mapped twice. Arguments: the unit, the first line.</summary>
    public static readonly DiagnosticDescriptor UnitMappedTwice = new("DR4030", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>Units of the list before the change without a row. Arguments: count, names, the list.</summary>
    public static readonly DiagnosticDescriptor UnitsNotMapped = new("DR4031", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>The merge or roll-up weight column is absent. Arguments: the column, the change (the merger, the roll-up), its weight option.</summary>
    public static readonly DiagnosticDescriptor MergeWeightColumnMissing = new("DR4032", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A unit has no usable weight. Arguments: the unit, the column.</summary>
    public static readonly DiagnosticDescriptor MergeWeightMissing = new("DR4033", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A merged unit has constituents absent from the data. Arguments: the merged unit, present, all, the absent ones, how it is made (merged, rolled up).</summary>
    public static readonly DiagnosticDescriptor MergeIncomplete = new("DR4034", Severity.Warning, DiagnosticTexts.Messages);

    /// <summary>The .xlsx file is not a workbook that can be read. Argument: the reader's reason.</summary>
    public static readonly DiagnosticDescriptor UnreadableWorkbook = new("DR4035", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>The workbook has no sheet to read data from. Argument: what it has.</summary>
    public static readonly DiagnosticDescriptor NoDataSheet = new("DR4036", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>The data sheet has no cells. Argument: the sheet's name.</summary>
    public static readonly DiagnosticDescriptor EmptySheet = new("DR4037", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A cell holds a date, which no field takes. Argument: the date.</summary>
    public static readonly DiagnosticDescriptor DateCell = new("DR4038", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A name several units of the list share. Arguments: as written, the count, the candidates, an example.</summary>
    public static readonly DiagnosticDescriptor AmbiguousUnit = new("DR4050", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>The list's header lacks a required column. Argument: the column.</summary>
    public static readonly DiagnosticDescriptor UnitListColumnMissing = new("DR4051", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>The list has no units. Argument: what it lacks.</summary>
    public static readonly DiagnosticDescriptor EmptyUnitList = new("DR4052", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>Two rows of the list have one code. Arguments: the code, the first unit, its row.</summary>
    public static readonly DiagnosticDescriptor DuplicateUnitCode = new("DR4053", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>Two units under one parent share a name or alias. Arguments: the spelling, the other unit, its row, the parent.</summary>
    public static readonly DiagnosticDescriptor DuplicateUnitName = new("DR4054", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A parent code names no unit. Arguments: the code, suggestions.</summary>
    public static readonly DiagnosticDescriptor UnknownParent = new("DR4055", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A unit of the list is not of the ruleset's kind. Arguments: the unit, its kind, the ruleset's kind.</summary>
    public static readonly DiagnosticDescriptor UnitOfAnotherKind = new("DR4056", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A kind cell names no unit kind. Arguments: the text, suggestions.</summary>
    public static readonly DiagnosticDescriptor UnknownKindInList = new("DR4057", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A code is an Excel number cell. Arguments: the column, the number.</summary>
    public static readonly DiagnosticDescriptor NumberCellCode = new("DR4058", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A required cell of a list row is empty. Argument: the column.</summary>
    public static readonly DiagnosticDescriptor EmptyListCell = new("DR4059", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>The list file could not be read. Arguments: the path, the system's reason.</summary>
    public static readonly DiagnosticDescriptor CannotReadUnitList = new("DR4060", Severity.Error, DiagnosticTexts.Messages)
    {
        IsInputOutput = true,
    };

    /// <summary>The run takes every distinct name as a unit.</summary>
    public static readonly DiagnosticDescriptor OpenUnitList = new("DR4061", Severity.Warning, DiagnosticTexts.Messages);

    /// <summary>Units of the list are each other's parents. Argument: the circle.</summary>
    public static readonly DiagnosticDescriptor ParentCycle = new("DR4062", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>The list is not a CSV or Excel file. Argument: the extension.</summary>
    public static readonly DiagnosticDescriptor UnitListFormat = new("DR4063", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A unit has no parent to roll up to. Argument: the unit.</summary>
    public static readonly DiagnosticDescriptor NoParent = new("DR4064", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A map's target code is not known and has no name. Argument: the code.</summary>
    public static readonly DiagnosticDescriptor UnknownMapTarget = new("DR4065", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>One target code is given two names. Arguments: the code, the first name, its row, this name.</summary>
    public static readonly DiagnosticDescriptor MapTargetNamedTwice = new("DR4066", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A data row names a unit of the list that is not of the ruleset's kind. Arguments: as written, the unit, its kind, the ruleset's kind.</summary>
    public static readonly DiagnosticDescriptor NotOfRulesetKind = new("DR4067", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A cell holds text typed in a legacy Vietnamese font encoding. Arguments: the text, the encoding, how it reads.</summary>
    public static readonly DiagnosticDescriptor LegacyFontText = new("DR4039", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A result could not be written. Arguments: the path, the reason.</summary>
    public static readonly DiagnosticDescriptor CannotWriteFile = new("DR4068", Severity.Error, DiagnosticTexts.Messages)
    {
        IsInputOutput = true,
    };

    /// <summary>A workbook cell holds a formula whose result was never saved. Argument: the formula.</summary>
    public static readonly DiagnosticDescriptor FormulaWithoutValue = new("DR4069", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A workbook text cell refers to a shared string that does not exist. Arguments: the index, how many strings there are.</summary>
    public static readonly DiagnosticDescriptor BrokenSharedString = new("DR4070", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A sheet is past the workbook limits. Arguments: what went past, the two variables that raise the limits.</summary>
    public static readonly DiagnosticDescriptor SheetTooLarge = new("DR4071", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A percentage column holds only fractions, as Excel's % cells store them. Arguments: the field, the largest value.</summary>
    public static readonly DiagnosticDescriptor PercentAsFraction = new("DR4072", Severity.Warning, DiagnosticTexts.Messages);

    /// <summary>The data has no column the ruleset reads. Arguments: what the header holds, some inputs of the ruleset.</summary>
    public static readonly DiagnosticDescriptor NoScoredColumn = new("DR4073", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A unit name longer than any unit's. Arguments: its length, the limit.</summary>
    public static readonly DiagnosticDescriptor NameTooLong = new("DR4074", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>Units after a change none of whose units is in the data. Arguments: how many, their names, the change (merger, roll-up).</summary>
    public static readonly DiagnosticDescriptor MergedUnitsWithoutData = new("DR4075", Severity.Warning, DiagnosticTexts.Messages);

    /// <summary>A roll-up of a list none of whose units has a parent. Arguments: the list, its kind.</summary>
    public static readonly DiagnosticDescriptor NothingToRollUpTo = new("DR4076", Severity.Error, DiagnosticTexts.Messages);

    /// <summary>A semicolon-separated file without a decimal setting whose numbers are written with decimal commas only: read so. Arguments: how many such cells, an example.</summary>
    public static readonly DiagnosticDescriptor DecimalCommaAssumed = new("DR4077", Severity.Info, DiagnosticTexts.Messages);
}
