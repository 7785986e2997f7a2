using System.Globalization;
using System.Text;
using CsCheck;
using DtiRules.Language.Text;

namespace DtiRules.Tests.Text;

public sealed class TextFoldingPropertyTests
{
    /// <summary>Folding as written in its definition: decompose the whole text, drop the marks, lower-case, đ as d, runs of space as one.</summary>
    private static string Reference(string text)
    {
        var kept = text.Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .Select(c => c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        var words = new StringBuilder();
        var space = false;
        foreach (var c in kept)
        {
            if (char.IsWhiteSpace(c))
            {
                space = words.Length > 0;
                continue;
            }

            words.Append(space ? " " : string.Empty).Append(c);
            space = false;
        }

        return words.ToString();
    }

    // Vietnamese letters precomposed and decomposed, combining marks in every order, spacing and enclosing marks, surrogate pairs, Hangul, spaces.
    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.Char["aăâeêioôơuưyđĐAĂÂÔƠƯ "].Select(c => c.ToString()),
        Gen.Char["àáảãạằắẳẵặầấẩẫậòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"].Select(c => c.ToString()),
        Gen.Char["\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B"].Select(c => c.ToString()),
        Gen.Char["\u0903\u093E\u20DD\u00A0\u2003\t\n가한"].Select(c => c.ToString()),
        Gen.Const("\uD83D\uDE00"));

    private static readonly Gen<string> Text = Piece.Array[0, 20].Select(pieces => string.Concat(pieces));

    [Fact]
    public void Folding_character_by_character_equals_folding_the_whole_text()
    {
        Text.Sample(text => Assert.Equal(Reference(text), TextFolding.Fold(text)));
    }
}
