using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A page's Textile source, generated round real corpus lines (StoryLines): block signatures
// with or without attributes, a byline in italics, a quotation block, links written as
// «"words":address». The signatures and the addresses go; the words stay.
public class TextileSourceTests
{
    private static readonly string[] Story = StoryLines.Four;

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 10)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_source_reads_back_as_the_story(int seed)
    {
        var r = new Random(seed);
        string Pick(params string[] options) => options[r.Next(options.Length)];
        var mark = Pick("_", "*", "__");
        var link = "\"" + Story[2] + "\":https://www.spa.gov.sa/" + r.Next(1000, 9999);
        string[] page =
        [
            Pick("h1. ", "h1(rtl). ", "h2{color:#333}. ") + "النهضة يتعاقد مع الرجاء والكسار",
            Pick("p(byline). ", "p. ") + mark + "الكاتب: فهد المطيري" + mark,
            Pick("p(rtl). ", "p. ", "p>. ", "p[ar]. ") + Story[0],
            Pick("p(rtl). ", "p. ") + Story[1],
            Pick("p(rtl). ", "bq. ") + link,
            Pick("p(rtl). ", "p=. ") + Story[3],
        ];
        var context = Clean.With(string.Join("\n", page), new TextileSource());
        Assert.Equal(["النهضة يتعاقد مع الرجاء والكسار", "الكاتب: فهد المطيري", .. Story], context.BodyLines());
    }

    // Two signed lines are no source: a story's «p. » stays as written.
    [Fact]
    public void A_page_with_fewer_than_three_signed_blocks_is_no_source()
    {
        string[] page = [Story[0], "p. " + Story[1], "h1. عنوان", Story[2]];
        var context = Clean.With(string.Join("\n", page), new TextileSource());
        Assert.Equal(page, context.BodyLines());
    }
}
