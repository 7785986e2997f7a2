namespace DtiRules.Language.Text;

/// <summary>What decoded text may hold: used to reject decodings that turn a file into control characters.</summary>
internal static class TextCharacters
{
    /// <summary>True when <paramref name="text"/> has no control characters but tab and line breaks, and no non-characters.</summary>
    public static bool AreText(string text)
    {
        foreach (var character in text)
        {
            if ((char.IsControl(character) && character is not ('\t' or '\r' or '\n')) || character is '\uFFFE' or '\uFFFF')
            {
                return false;
            }
        }

        return true;
    }
}
