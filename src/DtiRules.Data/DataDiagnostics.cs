using DtiRules.Language.Diagnostics;

namespace DtiRules.Data;

/// <summary>The problems a dataset can have (codes DR4xxx); each message ends by saying how to fix it.</summary>
public static class DataDiagnostics
{
    /// <summary>The file could not be opened or read. Argument: the system's reason.</summary>
    public static readonly DiagnosticDescriptor CannotReadFile = new(
        "DR4001", Severity.Error, "Cannot read data file",
        "Cannot read the data file: {0}; check the path and that no other program holds the file open.");

    /// <summary>The file has no data rows.</summary>
    public static readonly DiagnosticDescriptor EmptyData = new(
        "DR4002", Severity.Error, "Empty data file",
        "The data file has no {0}; write a header 'unit,<field>,…' and one row per unit.");

    /// <summary>The bytes are not text in an encoding that can be recognised (UTF-8, UTF-16, Windows-1258). Argument: what was found.</summary>
    public static readonly DiagnosticDescriptor Encoding = new(
        "DR4003", Severity.Error, "Encoding not recognised",
        "{0}; save the file as UTF-8: in Excel, File > Save As > 'CSV UTF-8 (Comma delimited) (*.csv)'; in Notepad, Save As with encoding UTF-8.");

    /// <summary>A column names no input or node of the ruleset. Arguments: the name, suggestions.</summary>
    public static readonly DiagnosticDescriptor UnknownField = new(
        "DR4004", Severity.Error, "Unknown field",
        "Unknown field '{0}'{1}; rename the column to an input or node id of the ruleset, or remove it.");

    /// <summary>Two rows are the same unit. Arguments: as written, the first row's line, the first as written, the canonical name.</summary>
    public static readonly DiagnosticDescriptor DuplicateUnit = new(
        "DR4005", Severity.Error, "Duplicate unit",
        "'{0}' is the same unit as '{2}' on line {1} ({3}); give each unit once.");

    /// <summary>A unit name is not in the registry. Arguments: as written, suggestions, the registry's name.</summary>
    public static readonly DiagnosticDescriptor UnknownUnit = new(
        "DR4006", Severity.Error, "Unknown unit",
        "Unknown unit '{0}'{1}; write a name, alias or code listed in data/units/{2}.csv.");

    /// <summary>A cell is not a number. Arguments: the text, the field, an example.</summary>
    public static readonly DiagnosticDescriptor NotANumber = new(
        "DR4007", Severity.Error, "Not a number",
        "'{0}' is not a number for '{1}'; write a number such as {2}, or leave the cell empty if it is missing.");

    /// <summary>A decimal comma in a file that did not declare it. Arguments: the text, the same number with a point.</summary>
    public static readonly DiagnosticDescriptor UndeclaredDecimalComma = new(
        "DR4008", Severity.Error, "Decimal comma not declared",
        "'{0}' has a decimal comma in a file that does not declare it; add '# dti: decimal=comma' as the first line or write {1}.");

    /// <summary>A value outside its field's range. Arguments: the text, the field, the allowed range.</summary>
    public static readonly DiagnosticDescriptor OutOfRange = new(
        "DR4009", Severity.Error, "Value out of range",
        "{0} is out of range for '{1}', which allows {2}; correct the value (or the range in the ruleset).");

    /// <summary>A column name repeats. Arguments: the name, the first column's number.</summary>
    public static readonly DiagnosticDescriptor DuplicateColumn = new(
        "DR4010", Severity.Error, "Duplicate column",
        "Column '{0}' appears again (first as column {1}); remove or rename one of them.");

    /// <summary>A row's cell count differs from the header's. Arguments: cells in the row, cells in the header.</summary>
    public static readonly DiagnosticDescriptor WrongCellCount = new(
        "DR4011", Severity.Error, "Wrong number of cells",
        "The row has {0} cells but the header has {1}; give one cell per column (quote cells that contain the delimiter, e.g. \"0,5\", or use '# dti: delimiter=;').");

    /// <summary>No unit column or property. Argument: what was found.</summary>
    public static readonly DiagnosticDescriptor NoUnitColumn = new(
        "DR4012", Severity.Error, "No unit column",
        "{0}; name each unit in a first column 'unit' (CSV) or a property \"unit\" (JSON).");

    /// <summary>A yes/no cell holds something else. Arguments: the text, the field.</summary>
    public static readonly DiagnosticDescriptor BadYesNo = new(
        "DR4013", Severity.Error, "Not yes or no",
        "'{0}' is not yes or no for '{1}'; write yes/no, có/không, true/false, 1/0 or x, or leave the cell empty if it is missing.");

    /// <summary>A level cell names no member. Arguments: the text, the field, the members.</summary>
    public static readonly DiagnosticDescriptor BadLevel = new(
        "DR4014", Severity.Error, "Unknown level",
        "'{0}' is not a level of '{1}'; write one of {2} (a name or its label).");

    /// <summary>A node is given as a value and as points. Argument: the node id.</summary>
    public static readonly DiagnosticDescriptor ValueAndPoints = new(
        "DR4015", Severity.Error, "Value and points both given",
        "Node '{0}' is given both as a value ('{0}') and as points ('{0}.points'); keep only one of the two.");

    /// <summary>The JSON does not parse. Argument: the parser's message.</summary>
    public static readonly DiagnosticDescriptor InvalidJson = new(
        "DR4016", Severity.Error, "Invalid JSON",
        "Invalid JSON: {0}; fix the syntax at this position.");

    /// <summary>The file extension is not a known format. Argument: the extension.</summary>
    public static readonly DiagnosticDescriptor UnknownFormat = new(
        "DR4017", Severity.Error, "Unknown data format",
        "Unknown format '{0}'; use .csv, .json or .xlsx, or .txt for Excel's tab-separated Unicode text (save an older .xls workbook as .xlsx).");

    /// <summary>A count is not a whole number ≥ 0. Arguments: the text, the field.</summary>
    public static readonly DiagnosticDescriptor CountNotWhole = new(
        "DR4018", Severity.Error, "Count not a whole number",
        "'{0}' is not a whole number ≥ 0, which '{1}' counts; write a count such as 4.");

    /// <summary>A long-form (unit, field) pair repeats. Arguments: the unit, the field, the first line.</summary>
    public static readonly DiagnosticDescriptor DuplicateLongFormCell = new(
        "DR4019", Severity.Error, "Duplicate unit and field",
        "'{1}' of '{0}' is given again (first on line {2}); keep one row per unit and field.");

    /// <summary>The unit cell is empty.</summary>
    public static readonly DiagnosticDescriptor EmptyUnitName = new(
        "DR4020", Severity.Error, "Empty unit name",
        "The unit is empty; write the unit's name (e.g. 'Hà Nội') or delete the row.");

    /// <summary>A JSON object repeats a property. Arguments: the property, the first line.</summary>
    public static readonly DiagnosticDescriptor DuplicateJsonProperty = new(
        "DR4021", Severity.Error, "Duplicate JSON property",
        "Property '{0}' appears again in this object (first on line {1}); keep one of them.");

    /// <summary>A CSV record has broken quoting. Argument: what is wrong.</summary>
    public static readonly DiagnosticDescriptor MalformedQuoting = new(
        "DR4022", Severity.Error, "Malformed CSV quoting",
        "{0}; close every quoted cell with a quote, and write a quote inside quoted text as two quotes (\"\").");

    /// <summary>The JSON parses but has the wrong shape. Argument: what is wrong.</summary>
    public static readonly DiagnosticDescriptor UnexpectedJsonShape = new(
        "DR4023", Severity.Error, "Unexpected JSON shape",
        "{0}; write {{ \"units\": [ {{ \"unit\": \"Hà Nội\", \"<field>\": 0.5 }} ] }} or a list of such unit objects.");

    /// <summary>A data setting is not known. Argument: the setting as written.</summary>
    public static readonly DiagnosticDescriptor UnknownSetting = new(
        "DR4024", Severity.Error, "Unknown data setting",
        "'{0}' is not a data setting; write decimal=comma, decimal=point, or delimiter= followed by , ; | or tab.");

    /// <summary>A column or long-form row has no field name. Argument: the column or row.</summary>
    public static readonly DiagnosticDescriptor EmptyFieldName = new(
        "DR4025", Severity.Error, "Empty field name",
        "{0} has no field name; write an input or node id of the ruleset there, or delete it.");

    /// <summary>No unit list exists for a ruleset's unit kind. Argument: the unit kind.</summary>
    public static readonly DiagnosticDescriptor NoUnitRegistry = new(
        "DR4026", Severity.Error, "No unit list for this unit kind",
        "There is no list of units of kind '{0}' to check a dataset against; use unit province, the kind with a registry.");

    /// <summary>Fields the edition being scored does not use, when another edition's data is rescored. Arguments: count, names.</summary>
    public static readonly DiagnosticDescriptor FieldsNotUsed = new(
        "DR4027", Severity.Info, "Fields not used by this edition",
        "{0} field(s) of the data are not inputs of this edition and are left out: {1}. Add a 'map' block to the ruleset if they should feed its inputs.");

    /// <summary>The unit map lacks a column. Argument: the column name.</summary>
    public static readonly DiagnosticDescriptor UnitMapColumnMissing = new(
        "DR4028", Severity.Error, "Unit map column missing",
        "The unit map has no column '{0}'; write the header 'from_code,from_name,to_name' and one row per pre-merger unit.");

    /// <summary>A row's code names another unit than its name. Arguments: the code, the name, the unit's code.</summary>
    public static readonly DiagnosticDescriptor UnitMapCodeMismatch = new(
        "DR4029", Severity.Error, "Code and name disagree",
        "Code '{0}' is not the code of '{1}' (which is {2}); correct the code or the name.");

    /// <summary>A pre-merger unit is mapped twice. Arguments: the unit, the first line.</summary>
    public static readonly DiagnosticDescriptor UnitMappedTwice = new(
        "DR4030", Severity.Error, "Unit mapped twice",
        "'{0}' is mapped again (first on line {1}); map each pre-merger unit exactly once.");

    /// <summary>Pre-merger units without a row. Arguments: count, names, the registry's name.</summary>
    public static readonly DiagnosticDescriptor UnitsNotMapped = new(
        "DR4031", Severity.Error, "Units not mapped",
        "{0} unit(s) of data/units/{2}.csv are not mapped: {1}; add a row for each.");

    /// <summary>The merge weight column is absent. Argument: the column.</summary>
    public static readonly DiagnosticDescriptor MergeWeightColumnMissing = new(
        "DR4032", Severity.Error, "Weight column missing",
        "The data has no column '{0}' to weight the merger by; add the column (e.g. population) or leave out --merge-weight for the plain mean.");

    /// <summary>A unit has no usable weight. Arguments: the unit, the column.</summary>
    public static readonly DiagnosticDescriptor MergeWeightMissing = new(
        "DR4033", Severity.Error, "Weight missing",
        "'{0}' has no weight above 0 in column '{1}'; give every unit a positive number there.");

    /// <summary>A merged unit has constituents absent from the data. Arguments: the merged unit, present, all, the absent ones.</summary>
    public static readonly DiagnosticDescriptor MergeIncomplete = new(
        "DR4034", Severity.Warning, "Merged unit incomplete",
        "{0} is merged from {1} of its {2} units because the data lacks {3}; add them for the published result.");

    /// <summary>The .xlsx file is not a workbook that can be read. Argument: the reader's reason.</summary>
    public static readonly DiagnosticDescriptor UnreadableWorkbook = new(
        "DR4035", Severity.Error, "Unreadable workbook",
        "Cannot read the workbook: {0}; open it in Excel or LibreOffice and save it again as an Excel workbook (.xlsx).");

    /// <summary>The workbook has no sheet to read data from. Argument: what it has.</summary>
    public static readonly DiagnosticDescriptor NoDataSheet = new(
        "DR4036", Severity.Error, "No data sheet",
        "The workbook has {0} and no sheet of data; put the table 'unit,<field>,…' on the first sheet (a sheet named 'notes' holds only notes).");

    /// <summary>The data sheet has no cells. Argument: the sheet's name.</summary>
    public static readonly DiagnosticDescriptor EmptySheet = new(
        "DR4037", Severity.Error, "Empty sheet",
        "Sheet '{0}' is empty; write the header 'unit,<field>,…' in its first row and one row per unit below it.");

    /// <summary>A cell holds a date, which no field takes. Argument: the date.</summary>
    public static readonly DiagnosticDescriptor DateCell = new(
        "DR4038", Severity.Error, "Date in a data cell",
        "The cell holds the date {0}, and no field is a date; format the cell as a number or text (Excel turns entries like 1/5 into dates).");

    /// <summary>A cell holds text typed in a legacy Vietnamese font encoding. Arguments: the text, the encoding, how it reads.</summary>
    public static readonly DiagnosticDescriptor LegacyFontText = new(
        "DR4039", Severity.Error, "Legacy font encoding",
        "'{0}' is Vietnamese typed in the {1} font encoding and reads '{2}'; convert the table to Unicode (for example with UniKey's converter, from {1} to Unicode) and save it as CSV UTF-8.");
}
