namespace DtiRules.Language.Diagnostics;

public static partial class DiagnosticDescriptors
{
    /// <summary>DR1001: a name that is not declared.</summary>
    public static readonly DiagnosticDescriptor UnknownName = Error("DR1001");

    /// <summary>DR1002: a name declared twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateName = Error("DR1002");

    /// <summary>DR1003: a header property the language does not know.</summary>
    public static readonly DiagnosticDescriptor UnknownProperty = Error("DR1003");

    /// <summary>DR1004: a required header property is absent.</summary>
    public static readonly DiagnosticDescriptor MissingProperty = Error("DR1004");

    /// <summary>DR1005: a level type that is not declared.</summary>
    public static readonly DiagnosticDescriptor UnknownLevelType = Error("DR1005");

    /// <summary>DR1006: a level member that the level type does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownLevelMember = Error("DR1006");

    /// <summary>DR1007: a function the language does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownFunction = Error("DR1007");

    /// <summary>DR1008: an input type the language does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownInputType = Error("DR1008");

    /// <summary>DR1009: a missing-data policy the language does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownPolicy = Error("DR1009");

    /// <summary>DR1010: a unit kind the language does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownUnitKind = Error("DR1010");

    /// <summary>DR1011: an input no formula reads.</summary>
    public static readonly DiagnosticDescriptor UnusedInput = Warning("DR1011");

    /// <summary>DR1012: a node or output without provenance.</summary>
    public static readonly DiagnosticDescriptor MissingProvenance = Warning("DR1012");

    /// <summary>DR1013: a property or clause written twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateClause = Error("DR1013");

    /// <summary>DR1014: a name that is a built-in word.</summary>
    public static readonly DiagnosticDescriptor ReservedName = Error("DR1014");

    /// <summary>DR1015: rank of something that is not an output.</summary>
    public static readonly DiagnosticDescriptor RankTargetNotOutput = Error("DR1015");

    /// <summary>DR1016: no index or more than one.</summary>
    public static readonly DiagnosticDescriptor IndexCount = Error("DR1016");

    /// <summary>DR1018: an output ranked twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateRank = Error("DR1018");

    /// <summary>DR1019: a change to something the base edition does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownInBase = Error("DR1019");

    /// <summary>DR1020: the edition named after 'extends' cannot be found.</summary>
    public static readonly DiagnosticDescriptor BaseNotFound = Error("DR1020");

    /// <summary>DR1021: editions that extend each other in a circle.</summary>
    public static readonly DiagnosticDescriptor ExtendsCycle = Error("DR1021");

    /// <summary>DR1022: a mapping to something that is not an input.</summary>
    public static readonly DiagnosticDescriptor MappingTargetNotInput = Error("DR1022");

    /// <summary>DR1023: a change that only makes sense in an edition that extends another.</summary>
    public static readonly DiagnosticDescriptor ChangeWithoutBase = Error("DR1023");

    /// <summary>DR1030: a <c>units</c> clause that names neither a file nor an open list.</summary>
    public static readonly DiagnosticDescriptor InvalidUnitList = Error("DR1030");

    /// <summary>DR1031: a note whose header names the same data column as another declaration.</summary>
    public static readonly DiagnosticDescriptor NoteColumnTaken = Error("DR1031");

    /// <summary>DR1032: a note without a header.</summary>
    public static readonly DiagnosticDescriptor EmptyNoteHeader = Error("DR1032");

    /// <summary>DR1033: a <c>units</c> path holding a new line or a tab, written as <c>\n</c> or <c>\t</c> between folders. Argument: the path as read.</summary>
    public static readonly DiagnosticDescriptor EscapeInUnitListPath = Error("DR1033");
}
