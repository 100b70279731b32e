using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Tests.Arabic;

public class ArabicStopwordsTests
{
    [Theory]
    [InlineData("إلى")]
    [InlineData("إِلَى")]
    [InlineData("فِي")]
    [InlineData("الّتي")]
    public void Removes_stopwords_written_with_hamza_or_diacritics(string written)
    {
        Assert.Empty(ArabicTextAnalyzer.Analyze(written));
    }

    [Fact]
    public void Keeps_the_name_ali_although_it_spells_like_the_preposition_ala()
    {
        Assert.Single(ArabicTextAnalyzer.Analyze("علي"));
    }

    [Fact]
    public void Keeps_content_words()
    {
        Assert.Equal(2, ArabicTextAnalyzer.Analyze("وزارة التعليم").Count);
    }
}
