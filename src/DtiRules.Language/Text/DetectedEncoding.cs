namespace DtiRules.Language.Text;

/// <summary>The encoding <see cref="TextDecoding"/> found a file's bytes to be in.</summary>
public enum DetectedEncoding
{
    /// <summary>UTF-8, with or without a byte order mark.</summary>
    Utf8,

    /// <summary>UTF-16 little-endian (Windows' "Unicode"), with or without a byte order mark.</summary>
    Utf16LittleEndian,

    /// <summary>UTF-16 big-endian, with or without a byte order mark.</summary>
    Utf16BigEndian,

    /// <summary>Windows-1258, the code page of Vietnamese Windows (Excel's "CSV (Comma delimited)" there).</summary>
    Windows1258,

    /// <summary>
    /// Bytes of a legacy Vietnamese font encoding (TCVN3, VNI), read as the Latin-1 characters those
    /// fonts draw letters at, so that <see cref="LegacyFontText"/> finds and reports them.
    /// </summary>
    LegacyFontBytes,
}
