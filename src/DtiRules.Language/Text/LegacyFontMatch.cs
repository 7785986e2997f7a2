using System.Diagnostics;

namespace DtiRules.Language.Text;

/// <summary>A stretch of text typed in a legacy font encoding, and what it says.</summary>
/// <param name="Start">Offset of the first word the font changes in the searched text.</param>
/// <param name="Length">Length from the first to the end of the last word the font changes.</param>
/// <param name="Encoding">The font encoding the words are in.</param>
/// <param name="Text">The stretch as found (e.g. <c>Hµ Néi</c>).</param>
/// <param name="Reading">The stretch as the font shows it (e.g. <c>Hà Nội</c>).</param>
public sealed record LegacyFontMatch(int Start, int Length, LegacyFontEncoding Encoding, string Text, string Reading)
{
    /// <summary>The encoding's name as Vietnamese users know it: <c>TCVN3 (ABC)</c> or <c>VNI</c>.</summary>
    public string EncodingName => Encoding switch
    {
        LegacyFontEncoding.Tcvn3 => "TCVN3 (ABC)",
        LegacyFontEncoding.Vni => "VNI",
        _ => throw new UnreachableException($"Unknown legacy font encoding {Encoding}."),
    };
}
