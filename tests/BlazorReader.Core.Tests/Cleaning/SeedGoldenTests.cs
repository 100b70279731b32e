using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// The customer's example article, cleaned: the golden test of the whole pipeline.
public class SeedGoldenTests
{
    private static readonly CleanedArticle Seed = new ArticleCleaner().Clean(new RawArticle(Clean.SeedText));

    [Fact]
    public void Keeps_seventeen_body_paragraphs_and_one_tweet()
    {
        Assert.Equal(17, Seed.Blocks.Count(b => b.Kind == BlockKind.Paragraph));
        Assert.Single(Seed.Blocks, b => b.Kind == BlockKind.Tweet);
        Assert.Equal(BlockKind.Tweet, Seed.Blocks[9].Kind);
    }

    [Fact]
    public void Rebuilds_the_tweet_with_its_broken_link_author_handle_and_date()
    {
        var tweet = Seed.Blocks.Single(b => b.Kind == BlockKind.Tweet);
        Assert.Equal("https://t.co/nRuBv96uAR", tweet.Url);
        Assert.Equal("hamdhi11", tweet.Handle);
        Assert.Equal("new hope", tweet.AuthorName);
        Assert.Equal(new DateOnly(2020, 11, 1), tweet.Date);
        Assert.Equal(TextDirection.Ltr, tweet.Dir);
        Assert.StartsWith("Defining themselves as fascists", tweet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_the_five_lines_before_the_copyright_as_teasers()
    {
        Assert.Equal(5, Seed.Teasers.Count);
        Assert.StartsWith("أعلن الرئيس الأذري اليوم الأحد", Seed.Teasers[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("قالت صحيفة لوتان السويسرية", Seed.Teasers[4].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_copyright_and_counters_as_removed_with_their_reasons()
    {
        Assert.Contains(Seed.Removed, r => r.Reason == "copyright" && r.Text.Contains("جميع الحقوق محفوظة", StringComparison.Ordinal));
        Assert.Contains(Seed.Removed, r => r.Text == "..." && r.Reason == "ellipsis");
        Assert.Contains(Seed.Removed, r => r.Text == "305" && r.Reason == "counter");
        Assert.Contains(Seed.Removed, r => r.Text == "0" && r.Reason == "counter");
        Assert.Equal(5, Seed.Removed.Count(r => r.Reason == "teaser"));
    }

    [Fact]
    public void Derives_a_title_from_the_lead_and_flags_it()
    {
        Assert.True(Seed.TitleDerived);
        Assert.Equal("أعلن رئيس أذربيجان إلهام علييف -اليوم الاثنين- أن قوات بلاده تواصل التقدم في إقليم ناغورني قره باغ", Seed.Title);
    }

    [Fact]
    public void Infers_the_date_from_the_tweet_and_the_named_weekday()
    {
        Assert.Equal(new DateOnly(2020, 11, 2), Seed.PublishedAt);
        Assert.True(Seed.PublishedAtInferred);
    }

    [Fact]
    public void Every_body_block_is_right_to_left_except_the_english_tweet()
    {
        Assert.All(Seed.Blocks.Where(b => b.Kind == BlockKind.Paragraph), b => Assert.Equal(TextDirection.Rtl, b.Dir));
    }

    [Fact]
    public void Markdown_writes_the_tweet_as_a_blockquote_with_its_link()
    {
        Assert.Contains("> Defining themselves as fascists", Seed.Markdown, StringComparison.Ordinal);
        Assert.Contains("> — new hope (@hamdhi11) [2020-11-01](https://t.co/nRuBv96uAR)", Seed.Markdown, StringComparison.Ordinal);
    }
}
