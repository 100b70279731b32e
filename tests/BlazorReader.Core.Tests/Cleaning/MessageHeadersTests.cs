using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A message's headers copied with its body, generated: a newsreader's post and a saved page's
// archive. The header fields and the parts' boundaries go; the story's lines stay, its own
// «label: value» lines too where no message header is there.
public class MessageHeadersTests
{
    private static readonly string[] Story = StoryLines.Three;

    private static readonly string[][] HeadShapes =
    [
        ["Path: news.individual.net!feeder.usenet.ar!not-for-mail", "From: علي المالكي <eocyleoc@hotmail.com>", "Newsgroups: alt.news.arabic,alt.current-events",
            "Subject: النهضة يتعاقد مع الرجاء والكسار", "Date: Mon, 29 Jun 2015 14:48:13 +0300", "Message-ID: <JlGBpu1pW7ei$PDDT@googlegroups.com>", "X-Newsreader: Thunderbird 38.1.0", "Lines: 52"],
        ["From: <Saved by Blink>", "Snapshot-Content-Location: https://www.alyaum.com/article/4081846", "Subject: النهضة يتعاقد مع الرجاء والكسار",
            "Date: Tue, 21 Jul 2015 10:22:01 +0300", "MIME-Version: 1.0", "Content-Type: multipart/related; type=\"text/html\"; boundary=\"----MultipartBoundary--q7Xv3----\"",
            "------MultipartBoundary--q7Xv3----", "Content-Type: text/html", "Content-Transfer-Encoding: 8bit", "Content-Location: https://www.alyaum.com/article/4081846"],
    ];

    public static TheoryData<int> Heads() => [.. Enumerable.Range(0, HeadShapes.Length)];

    [Theory]
    [MemberData(nameof(Heads))]
    public void Header_fields_and_boundaries_go(int shape)
    {
        var head = HeadShapes[shape];
        var context = Clean.With(string.Join("\n", [.. head, .. Story, "------MultipartBoundary--q7Xv3------"]), new MessageHeaders());
        Assert.Equal(Story, context.BodyLines());
    }

    [Fact]
    public void A_storys_own_fields_stay_where_no_message_is()
    {
        string[] page = [Story[0], "From: the ministry's statement", "Date: 21 July", Story[1]];
        var context = Clean.With(string.Join("\n", page), new MessageHeaders());
        Assert.Equal(page, context.BodyLines());
    }
}
