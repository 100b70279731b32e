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

    [Fact]
    public void Counts_the_words_of_paragraphs_as_of_their_joined_text()
    {
        string[] paragraphs = ["  قال   الوزير\tاليوم ", "", "في\u00A0الرياض\nإن", "x"];
        Assert.Equal(7, paragraphs.Sum(p => p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length));
        Assert.Equal(ReadingTime.Minutes(string.Join(' ', Enumerable.Repeat(string.Join(' ', paragraphs), 60))),
            ReadingTime.Minutes(Enumerable.Repeat(paragraphs, 60).SelectMany(p => p)));
        Assert.Equal(2, ReadingTime.Minutes(Enumerable.Repeat(paragraphs, 60).SelectMany(p => p)));
    }
}
