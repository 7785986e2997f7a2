namespace DtiRules.Language.Diagnostics;

public static partial class DiagnosticDescriptors
{
    /// <summary>DR1001: a name that is not declared.</summary>
    public static readonly DiagnosticDescriptor UnknownName =
        Error("DR1001", "Unknown name", "Unknown name '{0}'.{1}");

    /// <summary>DR1002: a name declared twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateName =
        Error("DR1002", "Duplicate name", "'{0}' is already declared at line {1}; give this {2} another id.");

    /// <summary>DR1003: a header property the language does not know.</summary>
    public static readonly DiagnosticDescriptor UnknownProperty =
        Error("DR1003", "Unknown header property", "Unknown header property '{0}'.{1} Known: title, basis, source, unit, units, scale, round, missing.");

    /// <summary>DR1004: a required header property is absent.</summary>
    public static readonly DiagnosticDescriptor MissingProperty =
        Error("DR1004", "Missing header property", "The header has no '{0}'; add e.g. {1}.");

    /// <summary>DR1005: a level type that is not declared.</summary>
    public static readonly DiagnosticDescriptor UnknownLevelType =
        Error("DR1005", "Unknown level type", "Unknown level type '{0}'.{1} Declare it with 'levels {0} {{ … }}'.");

    /// <summary>DR1006: a level member that the level type does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownLevelMember =
        Error("DR1006", "Unknown level member", "Level type '{0}' has no member '{1}'; its members are: {2}.");

    /// <summary>DR1007: a function the language does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownFunction =
        Error("DR1007", "Unknown function", "Unknown function '{0}'.{1}");

    /// <summary>DR1008: an input type the language does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownInputType =
        Error("DR1008", "Unknown input type", "Unknown input type '{0}'; use number, percent, count, yesno or level(L).{1}");

    /// <summary>DR1009: a missing-data policy the language does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownPolicy =
        Error("DR1009", "Unknown missing-data policy", "Unknown missing-data policy '{0}'; use error, zero, exclude or mean.{1}");

    /// <summary>DR1010: a unit kind the language does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownUnitKind =
        Error("DR1010", "Unknown unit kind", "Unknown unit kind '{0}'; use province, commune, district, department, ministry or custom.{1}");

    /// <summary>DR1011: an input no formula reads.</summary>
    public static readonly DiagnosticDescriptor UnusedInput =
        Warning("DR1011", "Unused input", "Input '{0}' is declared but no formula reads it; use it in a score or remove it.");

    /// <summary>DR1012: a node or output without provenance.</summary>
    public static readonly DiagnosticDescriptor MissingProvenance =
        Warning("DR1012", "Missing provenance", "'{0}' states no provenance; add 'documented \"reason\"' or 'assumed \"reason\"'.");

    /// <summary>DR1013: a property or clause written twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateClause =
        Error("DR1013", "Duplicate clause", "'{0}' is already given at line {1}; keep one.");

    /// <summary>DR1014: a name that is a built-in word.</summary>
    public static readonly DiagnosticDescriptor ReservedName =
        Error("DR1014", "Reserved name", "'{0}' is a built-in name; choose another id.");

    /// <summary>DR1015: rank of something that is not an output.</summary>
    public static readonly DiagnosticDescriptor RankTargetNotOutput =
        Error("DR1015", "Rank target is not an output", "'{0}' is not an output or the index; rank only outputs declared with 'output' or 'index'.");

    /// <summary>DR1016: no index or more than one.</summary>
    public static readonly DiagnosticDescriptor IndexCount =
        Error("DR1016", "Index count", "A ruleset needs exactly one 'index'; found {0}. {1}");

    /// <summary>DR1018: an output ranked twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateRank =
        Error("DR1018", "Output ranked twice", "'{0}' is already ranked; list each output once.");

    /// <summary>DR1019: a change to something the base edition does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownInBase =
        Error("DR1019", "Not in the base edition", "The base edition has no {0} '{1}' to {2}.{3}");

    /// <summary>DR1020: the edition named after 'extends' cannot be found.</summary>
    public static readonly DiagnosticDescriptor BaseNotFound =
        Error("DR1020", "Base edition not found", "No ruleset '{0}' edition {1} was found next to this file; put its .dti file in the same folder or correct the id and year.");

    /// <summary>DR1021: editions that extend each other in a circle.</summary>
    public static readonly DiagnosticDescriptor ExtendsCycle =
        Error("DR1021", "Circular extends", "Editions extend each other in a circle: {0}; one of them must stand on its own.");

    /// <summary>DR1022: a mapping to something that is not an input.</summary>
    public static readonly DiagnosticDescriptor MappingTargetNotInput =
        Error("DR1022", "Mapping target is not an input", "'{0}' is not an input of this edition; a mapping gives an input its value from older data.{1}");

    /// <summary>DR1023: a change that only makes sense in an edition that extends another.</summary>
    public static readonly DiagnosticDescriptor ChangeWithoutBase =
        Error("DR1023", "Change without a base edition", "'{0}' changes a base edition, but this ruleset extends none; add 'extends ID YEAR' to the header or declare the node in full.");

    /// <summary>DR1030: a <c>units</c> clause that names neither a file nor an open list.</summary>
    public static readonly DiagnosticDescriptor InvalidUnitList =
        Error("DR1030", "Invalid unit list", "'units' takes a quoted path to a unit list (.csv or .xlsx) beside the ruleset, or the word open; found {0}. Write e.g. units \"communes.csv\".");

    /// <summary>DR1031: a note whose header names the same data column as another declaration.</summary>
    public static readonly DiagnosticDescriptor NoteColumnTaken =
        Error("DR1031", "Note column already declared", "The column '{0}' is already declared at line {1}; give this note another header.");

    /// <summary>DR1032: a note without a header.</summary>
    public static readonly DiagnosticDescriptor EmptyNoteHeader =
        Error("DR1032", "Note without a header", "Note '{0}' has an empty header; write the column's header as offices write it, e.g. note {0} \"Trạng thái\".");
}
