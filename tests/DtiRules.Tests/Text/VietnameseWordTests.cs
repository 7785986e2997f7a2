using DtiRules.Language.Text;

namespace DtiRules.Tests.Text;

public sealed class VietnameseWordTests
{
    [Fact]
    public void Every_word_of_the_rulesets_and_unit_lists_is_written_as_vietnamese()
    {
        Assert.True(VietnameseVocabulary.Words.Count > 300, $"only {VietnameseVocabulary.Words.Count} words found");
        Assert.Equal([], VietnameseVocabulary.Words.Where(w => !VietnameseWord.IsWritten(w)).ToArray());
        Assert.Equal([], VietnameseVocabulary.Words.Where(w => !VietnameseWord.IsWritten(w.ToUpperInvariant())).ToArray());
    }

    [Theory]
    [InlineData("nguyễn")]
    [InlineData("giữa")]
    [InlineData("quyết")]
    [InlineData("khuya")]
    [InlineData("Đắk")]
    [InlineData("Krông")]
    [InlineData("ƯỚC")]
    [InlineData("QĐ")]
    [InlineData("Quỳnh")]
    [InlineData("quýt")]
    public void Vietnamese_words_and_abbreviations_are_written_as_vietnamese(string word) => Assert.True(VietnameseWord.IsWritten(word));

    [Theory]
    [InlineData("Hµ", "a letter no Vietnamese word has")]
    [InlineData("Caàn", "the vowel group aa")]
    [InlineData("Baéc", "the group ae")]
    [InlineData("élève", "two vowel groups")]
    [InlineData("Müller", "a letter no Vietnamese word has")]
    [InlineData("ngẹo̊", "a mark Vietnamese has not")]
    [InlineData("hoàá", "two tones")]
    [InlineData("tÕ", "a capital after a small letter")]
    public void Other_words_are_not(string word, string why) => Assert.False(VietnameseWord.IsWritten(word), why);

    [Fact]
    public void Spelling_ignores_case_where_writing_does_not()
    {
        Assert.True(VietnameseWord.IsSpelled("tÕ"));
        Assert.False(VietnameseWord.IsSyllable("QĐ"));
        Assert.True(VietnameseWord.IsSpelled("QĐ"));
    }

    [Theory]
    [InlineData("Đăk")]
    [InlineData("Păh")]
    [InlineData("Dliê")]
    [InlineData("Êbur")]
    [InlineData("Glei")]
    public void Highland_names_are_spelled_as_highland_names(string word)
    {
        Assert.False(VietnameseWord.IsWritten(word));
        Assert.True(VietnameseWord.IsHighlandName(word));
    }

    [Theory]
    [InlineData("Café", "f")]
    [InlineData("Săo", "the group ăo")]
    [InlineData("Élève", "two tones")]
    [InlineData("München", "a letter no Vietnamese word has")]
    [InlineData("đăk", "not capitalised")]
    [InlineData("Zürich", "z")]
    public void Western_words_are_no_highland_names(string word, string why) => Assert.False(VietnameseWord.IsHighlandName(word), why);
}
