using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Tests.Articles;

public class ReadingTimeTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(180, 1)]
    [InlineData(450, 3)]
    [InlineData(1800, 10)]
    public void Counts_180_words_a_minute_and_at_least_one(int words, int minutes)
    {
        var text = string.Join(' ', Enumerable.Repeat("خبر", words));
        Assert.Equal(minutes, ReadingTime.Minutes(text));
    }
}
