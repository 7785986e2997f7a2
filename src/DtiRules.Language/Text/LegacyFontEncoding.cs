namespace DtiRules.Language.Text;

/// <summary>
/// The font encodings Vietnamese text was typed in before Unicode: each letter is stored as the
/// Latin-1 character at the position the font draws it, so without the font the text shows as
/// <c>Hµ Néi</c> (TCVN3) or <c>Haø Noäi</c> (VNI) instead of <c>Hà Nội</c>.
/// </summary>
public enum LegacyFontEncoding
{
    /// <summary>TCVN3, the ABC fonts (<c>.VnTime</c>, <c>.VnArial</c>): one character per letter.</summary>
    Tcvn3,

    /// <summary>VNI Windows (<c>VNI-Times</c>): a base letter followed by a character for its marks.</summary>
    Vni,
}
