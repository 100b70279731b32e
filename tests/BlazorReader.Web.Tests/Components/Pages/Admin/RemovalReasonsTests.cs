using BlazorReader.Web.Components.Pages.Admin;

namespace BlazorReader.Web.Tests.Components.Pages.Admin;

public class RemovalReasonsTests
{
    [Theory]
    [InlineData("attribution")]
    [InlineData("byline")]
    [InlineData("caption")]
    [InlineData("chrome")]
    [InlineData("comments")]
    [InlineData("copyright")]
    [InlineData("counter")]
    [InlineData("dateline")]
    [InlineData("disclaimer")]
    [InlineData("ellipsis")]
    [InlineData("end-marker")]
    [InlineData("folio")]
    [InlineData("footer")]
    [InlineData("headline")]
    [InlineData("mail-signature")]
    [InlineData("markup")]
    [InlineData("more-link")]
    [InlineData("navigation")]
    [InlineData("post-button")]
    [InlineData("citation")]
    [InlineData("read-also")]
    [InlineData("repeat")]
    [InlineData("reply-to")]
    [InlineData("review-mark")]
    [InlineData("share")]
    [InlineData("signature")]
    [InlineData("subscription")]
    [InlineData("tags")]
    [InlineData("teaser")]
    [InlineData("timestamp")]
    [InlineData("widget")]
    public void Every_reason_the_cleaner_gives_reads_in_Arabic(string reason)
    {
        var label = RemovalReasons.Of(reason);
        Assert.NotEqual(reason, label);
        Assert.Contains(label, c => c is >= '\u0600' and <= '\u06FF');
    }

    [Fact]
    public void A_learned_boilerplate_reason_names_its_source()
    {
        Assert.Equal("نص متكرر في مقالات المصدر okaz", RemovalReasons.Of("boilerplate:okaz"));
    }
}
