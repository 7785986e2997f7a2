namespace DtiRules.Data.Files;

/// <summary>What a path names, as far as writing it is concerned.</summary>
internal enum FileKind
{
    /// <summary>Nothing: the file is created.</summary>
    Missing,

    /// <summary>A regular file: it is replaced whole.</summary>
    RegularFile,

    /// <summary>A folder: it cannot be written.</summary>
    Folder,

    /// <summary>A device, pipe or socket (<c>/dev/stdout</c>, <c>/dev/full</c>): written in place, never replaced.</summary>
    Special,
}
