using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

public class TweetRebuilderTests
{
    private static ContentBlock Tweet(string text) =>
        Assert.Single(Clean.With(text, new TweetRebuilder()).Lines, l => l.Tweet is not null).Tweet!;

    [Theory]
    [InlineData("https://t.\nco/nRuBv96uAR", "https://t.co/nRuBv96uAR")]
    [InlineData("https://t.co/nRuBv96uAR", "https://t.co/nRuBv96uAR")]
    [InlineData("pic.twitter.com/AbC123", "https://pic.twitter.com/AbC123")]
    public void Rejoins_the_tweet_link_however_it_was_broken(string link, string url)
    {
        var tweet = Tweet($"قبل التغريدة.\nWe are here. #tag\n{link}\n— Some One (@someone) November 1, 2020\nبعد التغريدة.");
        Assert.Equal(url, tweet.Url);
        Assert.Equal("We are here. #tag", tweet.Text);
    }

    [Fact]
    public void Reads_author_handle_and_date_from_the_signature()
    {
        var tweet = Tweet("نص عربي في التغريدة https://t.co/x1\n— وزارة الصحة (@SaudiMOH) July 21, 2015");
        Assert.Equal(("وزارة الصحة", "SaudiMOH", new DateOnly(2015, 7, 21)), (tweet.AuthorName, tweet.Handle, tweet.Date));
        Assert.Equal("https://t.co/x1", tweet.Url);
        Assert.Equal(TextDirection.Rtl, tweet.Dir);
    }

    [Fact]
    public void Gathers_an_english_tweet_written_over_several_lines()
    {
        var tweet = Tweet("مقدمة عربية للخبر.\nFirst line of the tweet\nsecond line of it\nhttps://t.co/abc\n— Name (@handle) Aug 3, 2015");
        Assert.Equal("First line of the tweet\nsecond line of it", tweet.Text);
        Assert.Equal(TextDirection.Ltr, tweet.Dir);
    }

    [Fact]
    public void Leaves_a_dash_line_that_is_no_signature_alone()
    {
        var context = Clean.With("قال الوزير — في تصريح — إن العمل مستمر.\nسطر آخر.", new TweetRebuilder());
        Assert.All(context.Lines, l => Assert.Null(l.Tweet));
    }
}
