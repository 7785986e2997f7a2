using System.Text;

namespace DtiRules.Language.Text;

/// <summary>Reads a word typed in a TCVN3 (ABC) font: each byte above 0xA0 is one Vietnamese letter.</summary>
internal static class Tcvn3Font
{
    // The font's bytes 0xA1–0xFE (as the Latin-1 characters they show as) and the letters they draw.
    private const string Bytes = "¡¢£¤¥¦§¨©ª«¬\u00AD®µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ";
    private const string Letters = "ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";

    private static readonly Dictionary<char, char> LetterOf = Bytes.Zip(Letters).ToDictionary(p => p.First, p => p.Second);

    /// <summary>The word as the font shows it, or null when a character is not one the font uses for letters.</summary>
    public static string? Read(string word)
    {
        var reading = new StringBuilder(word.Length);
        foreach (var character in word)
        {
            if (LetterOf.TryGetValue(character, out var letter))
            {
                reading.Append(letter);
            }
            else if (char.IsAsciiLetter(character))
            {
                reading.Append(character);
            }
            else
            {
                return null;
            }
        }

        return reading.ToString();
    }
}
