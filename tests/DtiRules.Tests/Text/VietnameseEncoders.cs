using System.Text;

namespace DtiRules.Tests.Text;

/// <summary>
/// Writes Vietnamese text as offices' tools store it, independently of the readers under test:
/// Windows-1258 as Windows writes it (a precomposed letter where the code page has one, else the
/// base letter and a combining tone mark), and the TCVN3 and VNI font encodings as their tables
/// give them. Font-encoded text is returned as the Latin-1 characters its bytes show as.
/// </summary>
internal static class VietnameseEncoders
{
    private const string ToneMarks = "\u0300\u0301\u0309\u0303\u0323";

    private static readonly Encoding Windows1258 = CodePagesEncodingProvider.Instance.GetEncoding(
        1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    // TCVN3 (ABC): lower-case letters by tone (none, grave, hook, tilde, acute, dot) with their bytes.
    private static readonly (string Letters, byte[] Bytes)[] Tcvn3Rows =
    [
        ("aàảãáạ", [0x61, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9]),
        ("ăằẳẵắặ", [0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6]),
        ("âầẩẫấậ", [0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB]),
        ("eèẻẽéẹ", [0x65, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1]),
        ("êềểễếệ", [0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6]),
        ("iìỉĩíị", [0x69, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE]),
        ("oòỏõóọ", [0x6F, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4]),
        ("ôồổỗốộ", [0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9]),
        ("ơờởỡớợ", [0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE]),
        ("uùủũúụ", [0x75, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4]),
        ("ưừửữứự", [0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9]),
        ("yỳỷỹýỵ", [0x79, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE]),
        ("đĂÂÊÔƠƯĐ", [0xAE, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7]),
    ];

    private static readonly Dictionary<char, byte> Tcvn3Bytes = Tcvn3Rows
        .SelectMany(row => row.Letters.Zip(row.Bytes))
        .ToDictionary(p => p.First, p => p.Second);

    /// <summary>True when every character of <paramref name="text"/> can be written in code page 1258 (arrows and the minus sign cannot).</summary>
    public static bool FitsWindows1258(string text)
    {
        try
        {
            ToWindows1258(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>The bytes Windows writes for <paramref name="text"/> in code page 1258.</summary>
    public static byte[] ToWindows1258(string text)
    {
        var bytes = new List<byte>();
        foreach (var letter in text.Normalize(NormalizationForm.FormC))
        {
            try
            {
                bytes.AddRange(Windows1258.GetBytes(letter.ToString()));
            }
            catch (EncoderFallbackException)
            {
                var decomposed = letter.ToString().Normalize(NormalizationForm.FormD);
                var tone = decomposed.Where(c => ToneMarks.Contains(c)).ToArray();
                var baseLetter = new string([.. decomposed.Where(c => !ToneMarks.Contains(c))]).Normalize(NormalizationForm.FormC);
                bytes.AddRange(Windows1258.GetBytes(baseLetter + new string(tone)));
            }
        }

        return [.. bytes];
    }

    /// <summary><paramref name="text"/> (lower case, as TCVN3 has no upper-case toned letters) in a TCVN3 font, as Latin-1 characters.</summary>
    public static string ToTcvn3(string text) =>
        string.Concat(text.Normalize(NormalizationForm.FormC).Select(c => Tcvn3Bytes.TryGetValue(c, out var b) ? (char)b : c));

    /// <summary><paramref name="text"/> in a VNI Windows font, as Latin-1 characters.</summary>
    public static string ToVni(string text)
    {
        var written = new StringBuilder();
        foreach (var letter in text.Normalize(NormalizationForm.FormC))
        {
            written.Append(VniLetter(letter));
        }

        return written.ToString();
    }

    private static string VniLetter(char letter)
    {
        var upper = char.IsUpper(letter);
        var decomposed = char.ToLowerInvariant(letter).ToString().Normalize(NormalizationForm.FormD);
        var baseLetter = decomposed[0];
        var tone = decomposed.FirstOrDefault(c => ToneMarks.Contains(c));
        var shape = decomposed.FirstOrDefault(c => c is '\u0302' or '\u0306' or '\u031B');
        string written;
        if (letter is 'đ' or 'Đ')
        {
            written = "ñ";
        }
        else if (baseLetter == 'i' && tone != default)
        {
            written = tone switch { '\u0300' => "ì", '\u0301' => "í", '\u0309' => "æ", '\u0303' => "ó", _ => "ò" };
        }
        else if (baseLetter == 'y' && tone == '\u0323')
        {
            written = "î";
        }
        else if (baseLetter is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')
        {
            var stem = shape == '\u031B' ? (baseLetter == 'o' ? "ô" : "ö") : baseLetter.ToString();
            written = stem + VniMark(shape == '\u031B' ? default : shape, tone);
        }
        else
        {
            return letter.ToString();
        }

        return upper ? written.ToUpperInvariant() : written;
    }

    // The byte after a vowel for its shape mark (circumflex, breve) and tone.
    private static string VniMark(char shape, char tone)
    {
        var tones = "\u0301\u0300\u0309\u0303\u0323";
        var index = tone == default ? -1 : tones.IndexOf(tone, StringComparison.Ordinal);
        return shape switch
        {
            '\u0302' => index < 0 ? "â" : "áàåãä"[index].ToString(),
            '\u0306' => index < 0 ? "ê" : "éèúüë"[index].ToString(),
            _ => index < 0 ? string.Empty : "ùøûõï"[index].ToString(),
        };
    }
}
