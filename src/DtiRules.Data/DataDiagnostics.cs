using DtiRules.Language.Diagnostics;

namespace DtiRules.Data;

/// <summary>The problems a dataset can have (codes DR4xxx); each message ends by saying how to fix it.</summary>
public static partial class DataDiagnostics
{
    /// <summary>The file could not be opened or read. Argument: the system's reason.</summary>
    public static readonly DiagnosticDescriptor CannotReadFile = new(
        "DR4001", Severity.Error, "Cannot read data file",
        "Cannot read the data file: {0}; check the path and that no other program holds the file open.")
    {
        IsInputOutput = true,
    };

    /// <summary>The file has no data rows.</summary>
    public static readonly DiagnosticDescriptor EmptyData = new(
        "DR4002", Severity.Error, "Empty data file",
        "The data file has no {0}; write a header 'unit,<field>,…' and one row per unit.");

    /// <summary>The bytes are not text in an encoding that can be recognised (UTF-8, UTF-16, Windows-1258). Argument: what was found.</summary>
    public static readonly DiagnosticDescriptor Encoding = new(
        "DR4003", Severity.Error, "Encoding not recognised",
        "{0}; save the file as UTF-8: in Excel, File > Save As > 'CSV UTF-8 (Comma delimited) (*.csv)'; in Notepad, Save As with encoding UTF-8.");

    /// <summary>A column names no input, node or note of the ruleset. Arguments: the name, suggestions, for a text column how to declare it as a note.</summary>
    public static readonly DiagnosticDescriptor UnknownField = new(
        "DR4004", Severity.Error, "Unknown field",
        "Unknown field '{0}'{1}; rename the column to an input or node id of the ruleset, or remove it{2}.");

    /// <summary>Two rows are the same unit. Arguments: as written, the first row's line, the first as written, the canonical name.</summary>
    public static readonly DiagnosticDescriptor DuplicateUnit = new(
        "DR4005", Severity.Error, "Duplicate unit",
        "'{0}' is the same unit as '{2}' on line {1} ({3}); give each unit once.");

    /// <summary>A unit name is not in the unit list. Arguments: as written, suggestions, the list.</summary>
    public static readonly DiagnosticDescriptor UnknownUnit = new(
        "DR4006", Severity.Error, "Unknown unit",
        "Unknown unit '{0}'{1}; write a name, alias or code listed in {2}.");

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

    /// <summary>No unit list exists for a ruleset's unit kind and none is named. Argument: the unit kind.</summary>
    public static readonly DiagnosticDescriptor NoUnitList = new(
        "DR4026", Severity.Error, "No unit list for this unit kind",
        "There is no built-in list of {0} units; name one in the header with units \"list.csv\" (columns code,name,aliases,kind,parent), pass --units FILE, or write units open to take every name in the data as a unit.");

    /// <summary>Fields the edition being scored does not use, when another edition's data is rescored. Arguments: count, names.</summary>
    public static readonly DiagnosticDescriptor FieldsNotUsed = new(
        "DR4027", Severity.Info, "Fields not used by this edition",
        "{0} field(s) of the data are not inputs of this edition and are left out: {1}. Add a 'map' block to the ruleset if they should feed its inputs.");

    /// <summary>The unit map lacks a column. Argument: the column name.</summary>
    public static readonly DiagnosticDescriptor UnitMapColumnMissing = new(
        "DR4028", Severity.Error, "Unit map column missing",
        "The unit map has no column '{0}'; write the header 'from_code,to_code,to_name' (or 'from_code,from_name,to_name' for the 2025 provinces) and one row per unit before the change.");

    /// <summary>A row's code names another unit than its name. Arguments: the code, the name, the unit's code.</summary>
    public static readonly DiagnosticDescriptor UnitMapCodeMismatch = new(
        "DR4029", Severity.Error, "Code and name disagree",
        "Code '{0}' is not the code of '{1}' (which is {2}); correct the code or the name.");

    /// <summary>A pre-merger unit is mapped twice. Arguments: the unit, the first line.</summary>
    public static readonly DiagnosticDescriptor UnitMappedTwice = new(
        "DR4030", Severity.Error, "Unit mapped twice",
        "'{0}' is mapped again (first on line {1}); map each pre-merger unit exactly once.");

    /// <summary>Units of the list before the change without a row. Arguments: count, names, the list.</summary>
    public static readonly DiagnosticDescriptor UnitsNotMapped = new(
        "DR4031", Severity.Error, "Units not mapped",
        "{0} unit(s) of {2} are not mapped: {1}; add a row for each.");

    /// <summary>The merge or roll-up weight column is absent. Arguments: the column, the change (the merger, the roll-up), its weight option.</summary>
    public static readonly DiagnosticDescriptor MergeWeightColumnMissing = new(
        "DR4032", Severity.Error, "Weight column missing",
        "The data has no column '{0}' to weight {1} by; add the column (e.g. population) or leave out {2} for the plain mean.");

    /// <summary>A unit has no usable weight. Arguments: the unit, the column.</summary>
    public static readonly DiagnosticDescriptor MergeWeightMissing = new(
        "DR4033", Severity.Error, "Weight missing",
        "'{0}' has no weight above 0 in column '{1}'; give every unit a positive number there.");

    /// <summary>A merged unit has constituents absent from the data. Arguments: the merged unit, present, all, the absent ones, how it is made (merged, rolled up).</summary>
    public static readonly DiagnosticDescriptor MergeIncomplete = new(
        "DR4034", Severity.Warning, "Merged unit incomplete",
        "{0} is {4} from {1} of its {2} units because the data lacks {3}; add them for the published result.");

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

    /// <summary>A name several units of the list share. Arguments: as written, the count, the candidates, an example.</summary>
    public static readonly DiagnosticDescriptor AmbiguousUnit = new(
        "DR4050", Severity.Error, "Ambiguous unit",
        "'{0}' names {1} units: {2}; write the one you mean as 'Name, Parent' or 'Name (Parent)' with the parent's name or code (e.g. \"{3}\"), or write its code.");

    /// <summary>The list's header lacks a required column. Argument: the column.</summary>
    public static readonly DiagnosticDescriptor UnitListColumnMissing = new(
        "DR4051", Severity.Error, "Unit list column missing",
        "The unit list has no column '{0}'; write the header 'code,name,aliases,kind,parent' (aliases, kind and parent may be left out) in its first row.");

    /// <summary>The list has no units. Argument: what it lacks.</summary>
    public static readonly DiagnosticDescriptor EmptyUnitList = new(
        "DR4052", Severity.Error, "Empty unit list",
        "The unit list has {0}; write one row per unit under the header 'code,name,aliases,kind,parent'.");

    /// <summary>Two rows of the list have one code. Arguments: the code, the first unit, its row.</summary>
    public static readonly DiagnosticDescriptor DuplicateUnitCode = new(
        "DR4053", Severity.Error, "Duplicate unit code",
        "Code '{0}' is already the code of '{1}' on row {2}; give every unit its own code.");

    /// <summary>Two units under one parent share a name or alias. Arguments: the spelling, the other unit, its row, the parent.</summary>
    public static readonly DiagnosticDescriptor DuplicateUnitName = new(
        "DR4054", Severity.Error, "Duplicate unit name",
        "'{0}' also names '{1}' on row {2}, under the same parent ({3}); names under one parent must differ, so change or remove one of them.");

    /// <summary>A parent code names no unit. Arguments: the code, suggestions.</summary>
    public static readonly DiagnosticDescriptor UnknownParent = new(
        "DR4055", Severity.Error, "Unknown parent",
        "Parent '{0}' is not the code of a unit of this list or of a province{1}; write the code of the unit above this one, exactly as listed.");

    /// <summary>A unit of the list is not of the ruleset's kind. Arguments: the unit, its kind, the ruleset's kind.</summary>
    public static readonly DiagnosticDescriptor UnitOfAnotherKind = new(
        "DR4056", Severity.Error, "Unit of another kind",
        "'{0}' is a {1}, but the ruleset scores {2} units and no unit of the list has it as parent; correct its kind, remove the row, or write 'unit custom' in the ruleset to score mixed kinds.");

    /// <summary>A kind cell names no unit kind. Arguments: the text, suggestions.</summary>
    public static readonly DiagnosticDescriptor UnknownKindInList = new(
        "DR4057", Severity.Error, "Unknown unit kind in list",
        "'{0}' is not a unit kind{1}; write province, commune, district, department, ministry or custom, or leave the cell empty for the ruleset's kind.");

    /// <summary>A code is an Excel number cell. Arguments: the column, the number.</summary>
    public static readonly DiagnosticDescriptor NumberCellCode = new(
        "DR4058", Severity.Error, "Code stored as a number",
        "The {0} is stored as the number {1}, and a number loses its leading zeros (01 becomes 1); format the column as Text in Excel and type the codes as the list writes them.");

    /// <summary>A required cell of a list row is empty. Argument: the column.</summary>
    public static readonly DiagnosticDescriptor EmptyListCell = new(
        "DR4059", Severity.Error, "Empty unit list cell",
        "The row has no {0}; write it, or delete the row.");

    /// <summary>The list file could not be read. Arguments: the path, the system's reason.</summary>
    public static readonly DiagnosticDescriptor CannotReadUnitList = new(
        "DR4060", Severity.Error, "Cannot read unit list",
        "Cannot read the unit list '{0}': {1}; check the path (a path in the ruleset is relative to the ruleset file).")
    {
        IsInputOutput = true,
    };

    /// <summary>The run takes every distinct name as a unit.</summary>
    public static readonly DiagnosticDescriptor OpenUnitList = new(
        "DR4061", Severity.Warning, "Open unit list",
        "The unit list is open: every distinct name in the data is a unit, exactly as written, so a misspelt name becomes a unit of its own; name a list (units \"list.csv\" or --units FILE) to have names checked.");

    /// <summary>Units of the list are each other's parents. Argument: the circle.</summary>
    public static readonly DiagnosticDescriptor ParentCycle = new(
        "DR4062", Severity.Error, "Parents in a circle",
        "Parents form a circle: {0}; a unit cannot be above itself, so correct one of the parent codes.");

    /// <summary>The list is not a CSV or Excel file. Argument: the extension.</summary>
    public static readonly DiagnosticDescriptor UnitListFormat = new(
        "DR4063", Severity.Error, "Unknown unit list format",
        "A unit list is a .csv, .txt, .tsv or .xlsx file, not '{0}'; save it as CSV (UTF-8) or as an Excel workbook.");

    /// <summary>A unit has no parent to roll up to. Argument: the unit.</summary>
    public static readonly DiagnosticDescriptor NoParent = new(
        "DR4064", Severity.Error, "Unit without parent",
        "{0} of the {1} units of {2} have no parent, so they cannot be rolled up: {3}; give every unit a parent code in the list.");

    /// <summary>A map's target code is not known and has no name. Argument: the code.</summary>
    public static readonly DiagnosticDescriptor UnknownMapTarget = new(
        "DR4065", Severity.Error, "Unknown map target",
        "'{0}' is not the code of a unit of the list or of a province; give the new unit's name in a column 'to_name'.");

    /// <summary>One target code is given two names. Arguments: the code, the first name, its row, this name.</summary>
    public static readonly DiagnosticDescriptor MapTargetNamedTwice = new(
        "DR4066", Severity.Error, "Map target named twice",
        "'{0}' is named '{1}' on row {2} and '{3}' here; give each new unit one name.");

    /// <summary>A data row names a unit of the list that is not of the ruleset's kind. Arguments: as written, the unit, its kind, the ruleset's kind.</summary>
    public static readonly DiagnosticDescriptor NotOfRulesetKind = new(
        "DR4067", Severity.Error, "Not a unit of the ruleset's kind",
        "'{0}' is {1}, a {2} of the unit list, not a {3}; the ruleset scores {3} units, so name one of them.");

    /// <summary>A cell holds text typed in a legacy Vietnamese font encoding. Arguments: the text, the encoding, how it reads.</summary>
    public static readonly DiagnosticDescriptor LegacyFontText = new(
        "DR4039", Severity.Error, "Legacy font encoding",
        "'{0}' is Vietnamese typed in the {1} font encoding and reads '{2}'; convert the table to Unicode (for example with UniKey's converter, from {1} to Unicode) and save it as CSV UTF-8.");

    /// <summary>A result could not be written. Arguments: the path, the reason.</summary>
    public static readonly DiagnosticDescriptor CannotWriteFile = new(
        "DR4068", Severity.Error, "Cannot write file",
        "Cannot write '{0}': {1}; write to a file in a folder that exists and may be written, on a disk with free space (nothing was changed at that path).")
    {
        IsInputOutput = true,
    };

    /// <summary>A workbook cell holds a formula whose result was never saved. Argument: the formula.</summary>
    public static readonly DiagnosticDescriptor FormulaWithoutValue = new(
        "DR4069", Severity.Error, "Formula without a saved value",
        "The cell holds the formula {0} but no saved result, so its value is unknown; open the workbook in Excel or LibreOffice, let it calculate and save it again, or paste the values.");

    /// <summary>A workbook text cell refers to a shared string that does not exist. Arguments: the index, how many strings there are.</summary>
    public static readonly DiagnosticDescriptor BrokenSharedString = new(
        "DR4070", Severity.Error, "Broken shared string",
        "The cell refers to text number {0} of the workbook, which has {1}; the file is damaged: open it in Excel or LibreOffice and save it again.");

    /// <summary>A sheet is past the workbook limits. Arguments: what went past, the two variables that raise the limits.</summary>
    public static readonly DiagnosticDescriptor SheetTooLarge = new(
        "DR4071", Severity.Error, "Workbook too large",
        "The workbook holds {0}, past the limit a workbook is read to; split the data, save it as CSV (which has no limit), or, for a file you trust, raise the limits with the environment variables {1} and {2}.");

    /// <summary>A percentage column holds only fractions, as Excel's % cells store them. Arguments: the field, the largest value.</summary>
    public static readonly DiagnosticDescriptor PercentAsFraction = new(
        "DR4072", Severity.Warning, "Percentages written as fractions",
        "Every value of '{0}' lies between 0 and 1 (the largest is {1}), but it is a percentage from 0 to 100: Excel's % cells store 62.1% as 0.621; if so, multiply the column by 100 (or type the percentages as numbers), and if the values really are under 1%, ignore this warning.");

    /// <summary>The data has no column the ruleset reads. Arguments: what the header holds, some inputs of the ruleset.</summary>
    public static readonly DiagnosticDescriptor NoScoredColumn = new(
        "DR4073", Severity.Error, "No input or node column",
        "The data has {0} but no column of an input or a node of the ruleset, so every unit would score nothing; name the columns after the ruleset's inputs, e.g. {1}.");

    /// <summary>A unit name longer than any unit's. Arguments: its length, the limit.</summary>
    public static readonly DiagnosticDescriptor NameTooLong = new(
        "DR4074", Severity.Error, "Unit name too long",
        "This unit name has {0:N0} characters, more than the {1} a name may have; check that the cell holds only the unit's name.");

    /// <summary>Units after a change none of whose units is in the data. Arguments: how many, their names, the change (merger, roll-up).</summary>
    public static readonly DiagnosticDescriptor MergedUnitsWithoutData = new(
        "DR4075", Severity.Warning, "Units left out of the change",
        "{0} unit(s) after the {2} have none of their units in the data and are left out: {1}; add their units' rows for the published result.");

    /// <summary>A roll-up of a list none of whose units has a parent. Arguments: the list, its kind.</summary>
    public static readonly DiagnosticDescriptor NothingToRollUpTo = new(
        "DR4076", Severity.Error, "Nothing to roll up to",
        "No unit of {0} has a parent: its {1} units are the top level, so there is nothing to roll up to; leave out --rollup, or name a list whose units have parent codes.");
}
