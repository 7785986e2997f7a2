namespace DtiRules.Data.Units;

/// <summary>One word of a written unit name, in the two forms names are compared by.</summary>
/// <param name="Exact">
/// Lower case with its diacritics, the tone mark moved after the letters so that accent placement
/// (Hòa/Hoà) and NFC/NFD do not matter; a number without leading zeros.
/// </param>
/// <param name="Folded">Lower case without diacritics, đ as d; a number without leading zeros.</param>
/// <param name="Dotted">True when a dot follows the word directly (<c>TP.</c>, <c>Q.</c>).</param>
internal readonly record struct NameWord(string Exact, string Folded, bool Dotted)
{
    /// <summary>True when the word is digits only.</summary>
    public bool IsNumber => Folded.Length > 0 && Folded.All(char.IsDigit);

    /// <summary>The word in the form of a name with (<paramref name="exact"/>) or without diacritics.</summary>
    public string Form(bool exact) => exact ? Exact : Folded;
}
