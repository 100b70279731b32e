using BlazorReader.Core.Cleaning;
using BlazorReader.Data.Media;
using BlazorReader.Web.Rendering;

namespace BlazorReader.Web.Tests.Rendering;

// The check that lets the writer's HTML skip the sanitizer's parse: what it vouches for is
// exactly what the sanitizer would have returned, every construct of the body grammar passes
// it, and anything the writer never writes is left to the sanitizer.
public class WrittenHtmlTests
{
    private static readonly MediaPicture Picture = new(7, new string('a', 64), 1200, 800, "منصة المهرجان", "افتتاح المهرجان", "Reuters");

    public static TheoryData<string> Bodies()
    {
        var data = new TheoryData<string>();
        foreach (var row in MarkdownGoldenTests.Constructs.Concat(MarkdownGoldenTests.MixedDirection))
        {
            data.Add((string)((Xunit.ITheoryDataRow)row).GetData()[0]!);
        }
        foreach (var row in RendererXssTests.Payloads)
        {
            data.Add((string)((Xunit.ITheoryDataRow)row).GetData()[0]!);
        }
        data.Add("![منصة](media:7 \"تعليق\")\n\nنص فيه ![صورة داخل الجملة](media:7) وكلمات.");
        data.Add("![O'Brien <3](media:7 \"it's > that\")");
        data.Add("وكالة AFP قالت: https://example.com/a?b=1&c=2 و<mail@example.org> و[أ](https://example.com/%D8%A3)");
        return data;
    }

    private static string Written(string markdown) =>
        BodyHtml.Write(EditedBody.Read(markdown).Blocks, new Dictionary<int, MediaPicture> { [7] = Picture }, out _);

    [Theory]
    [MemberData(nameof(Bodies))]
    public void What_the_check_passes_is_what_the_sanitizer_returns(string markdown)
    {
        var html = Written(markdown);

        if (WrittenHtml.IsClean(html))
        {
            Assert.Equal(BodySanitizer.Sanitize(html), html);
        }
    }

    [Theory]
    [MemberData(nameof(MarkdownGoldenTests.Constructs), MemberType = typeof(MarkdownGoldenTests))]
    public void Every_construct_of_the_grammar_passes_without_the_sanitizer(string markdown, string expected)
    {
        Assert.NotNull(expected);
        Assert.True(WrittenHtml.IsClean(Written(markdown)), Written(markdown));
    }

    [Fact]
    public void A_figure_passes_without_the_sanitizer() => Assert.True(WrittenHtml.IsClean(Written("![منصة](media:7 \"تعليق\")")));

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<p onclick=\"alert(1)\">x</p>")]
    [InlineData("<p dir=\"rtl\" dir=\"ltr\">x</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"java&#115;cript:alert(1)\">x</a>")]
    [InlineData("<a href=\"https://example.com/\">x</a>")]
    [InlineData("<a href=\"//evil.example/\">x</a>")]
    [InlineData("<a href=\"/a\"><a href=\"/b\">x</a></a>")]
    [InlineData("<picture><img src=\"https://evil.example/x.png\"></picture>")]
    [InlineData("<img src=\"/media/7/aaaaaaaaaaaaaaaa-480.jpg\">")]
    [InlineData("<p><ul><li>x</li></ul></p>")]
    [InlineData("<table><tr><td>x</td></tr></table>")]
    [InlineData("<p>x")]
    [InlineData("<p>x</em></p>")]
    [InlineData("<p>a &#60; b</p>")]
    [InlineData("<p>a > b</p>")]
    [InlineData("<figure class=\"evil\"></figure>")]
    [InlineData("<P>x</P>")]
    [InlineData("<p id=\"a&{b}\">x</p>")]
    [InlineData("<svg><p>x</p></svg>")]
    public void Anything_the_writer_never_writes_is_left_to_the_sanitizer(string html) => Assert.False(WrittenHtml.IsClean(html));
}
