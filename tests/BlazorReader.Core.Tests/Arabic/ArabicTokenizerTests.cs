using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Tests.Arabic;

public class ArabicTokenizerTests
{
    [Fact]
    public void Splits_on_punctuation_and_spaces()
    {
        var words = ArabicTokenizer.Tokenize("بريطانيا: أربعة محاور، للتطرف!").Select(t => t.Text);
        Assert.Equal(["بريطانيا", "أربعة", "محاور", "للتطرف"], words);
    }

    [Fact]
    public void Keeps_a_word_with_diacritics_and_tatweel_whole()
    {
        var token = Assert.Single(ArabicTokenizer.Tokenize("مُـدَرِّسَـةٌ"));
        Assert.Equal("مُـدَرِّسَـةٌ", token.Text);
    }

    [Fact]
    public void Keeps_offsets_into_the_original_text()
    {
        const string text = "قال «الوزيرُ» أمس";
        var token = ArabicTokenizer.Tokenize(text).ElementAt(1);
        Assert.Equal("الوزيرُ", text[token.Start..token.End]);
    }

    [Fact]
    public void Does_not_start_a_word_with_a_bidi_mark()
    {
        var token = Assert.Single(ArabicTokenizer.Tokenize(" \u200Fجدة\u200F "));
        Assert.Equal("جدة", token.Text);
    }

    [Fact]
    public void Keeps_latin_words_and_numbers()
    {
        var words = ArabicTokenizer.Tokenize("فيفا FIFA عام 2015م").Select(t => t.Text);
        Assert.Equal(["فيفا", "FIFA", "عام", "2015م"], words);
    }
}
