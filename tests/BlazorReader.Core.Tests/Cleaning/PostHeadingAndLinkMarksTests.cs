using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A post card whose heading puts the handle before the name, whose link the page closed with a
// sentence's mark or a bracket and a mark, or that a «Promoted» label tops: the post is rebuilt
// whole and the story's paragraphs stay. Story lines are real corpus text (SaudiNewsNet, Mazen
// Abdulaziz, CC BY-NC-SA 4.0); the cards are made up by shape.
public class PostHeadingAndLinkMarksTests
{
    private const string Text = "نرحب بضيوف الرحمن في مكة المكرمة ونسأل الله أن يتقبل منهم حجهم";

    [Theory]
    [InlineData("@Ahmed_Saw5 · سارة السلمي · August 8, 2015")]
    [InlineData("@Ahmed_Saw5 سارة السلمي — 2015-08-08")]
    [InlineData("@Ahmed_Saw5 | Sara Salmi | ٨ أغسطس ٢٠١٥")]
    public void A_heading_with_the_handle_first_names_the_author_and_dates_the_post(string heading)
    {
        var tweet = StoryLines.OnePost([StoryLines.Two[0], heading, Text, "https://t.co/abc123XYZ", StoryLines.Two[1]], StoryLines.Two);

        Assert.Equal(Text, tweet.Text);
        Assert.Equal("Ahmed_Saw5", tweet.Handle);
        Assert.Equal(new DateOnly(2015, 8, 8), tweet.Date);
        Assert.NotNull(tweet.AuthorName);
    }

    [Theory]
    [InlineData("https://t.co/abc123XYZ،", "")]
    [InlineData("(https://t.co/abc123XYZ).", "")]
    [InlineData("(https://t.co/abc1", "23XYZ)،")]
    [InlineData("https://t.co/abc", "123XYZ.")]
    [InlineData("«https://t.co/abc123XYZ»", "")]
    [InlineData("\"https://t.co/abc12", "3XYZ\"")]
    [InlineData("[https://t.co/abc123XYZ]", "")]
    public void A_link_closed_by_the_page_s_marks_is_whole(string link, string rest)
    {
        string[] card = ["سارة السلمي @Ahmed_Saw5 · 8 أغسطس 2015", Text, link, .. rest.Length > 0 ? [rest] : Array.Empty<string>()];

        var tweet = StoryLines.OnePost([StoryLines.Two[0], .. card, StoryLines.Two[1]], StoryLines.Two);

        Assert.Equal("https://t.co/abc123XYZ", tweet.Url);
        Assert.Equal(Text, tweet.Text);
    }

    [Theory]
    [InlineData(" (https://t.co/abc123XYZ).")]
    [InlineData(" «https://t.co/abc123XYZ»")]
    public void A_link_closing_the_post_s_line_of_words_loses_the_page_s_mark(string link)
    {
        var tweet = StoryLines.OnePost([StoryLines.Two[0], "سارة السلمي @Ahmed_Saw5 · 8 أغسطس 2015", Text + link, StoryLines.Two[1]], StoryLines.Two);

        Assert.Equal("https://t.co/abc123XYZ", tweet.Url);
        Assert.Equal(Text, tweet.Text);
    }

    [Theory]
    [InlineData("Promoted")]
    [InlineData("مُروَّج")]
    [InlineData("Ad · Promoted")]
    public void A_promoted_label_over_the_card_goes(string label)
    {
        var tweet = StoryLines.OnePost([StoryLines.Two[0], label, "سارة السلمي @Ahmed_Saw5 · 8 أغسطس 2015", Text, "https://t.co/abc123XYZ", StoryLines.Two[1]], StoryLines.Two);

        Assert.Equal(Text, tweet.Text);
    }
}
