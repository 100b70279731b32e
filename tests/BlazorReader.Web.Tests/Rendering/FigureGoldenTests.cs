using BlazorReader.Core.Cleaning;
using BlazorReader.Data.Media;
using BlazorReader.Web.Rendering;

namespace BlazorReader.Web.Tests.Rendering;

// A library picture in a body, as readers get it: through the same reading of the editor's
// Markdown, the same writer and the same sanitizer as every other construct.
public class FigureGoldenTests
{
    private const string Hash = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static readonly MediaPicture Festival = new(7, Hash, 1200, 800, "منصة المهرجان", "افتتاح المهرجان في الرياض", "واس");

    private static string Html(string markdown, params MediaPicture[] pictures) =>
        BodyHtml.Render(EditedBody.Read(markdown).Blocks, pictures.ToDictionary(p => p.Id));

    private static string SrcSet(string ext) =>
        $"/media/7/0123456789abcdef-480.{ext} 480w, /media/7/0123456789abcdef-960.{ext} 960w, /media/7/0123456789abcdef-1200.{ext} 1200w";

    private static string Figure(string alt, string caption) =>
        "<figure><picture>"
        + $"<source type=\"image/webp\" srcset=\"{SrcSet("webp")}\" sizes=\"(max-width: 40rem) 100vw, 40rem\">"
        + $"<img src=\"/media/7/0123456789abcdef-960.jpg\" srcset=\"{SrcSet("jpg")}\" sizes=\"(max-width: 40rem) 100vw, 40rem\" width=\"1200\" height=\"800\" loading=\"lazy\" decoding=\"async\" alt=\"{alt}\">"
        + $"</picture>{caption}</figure>";

    [Fact]
    public void A_picture_alone_in_its_paragraph_is_a_figure_with_the_bodys_caption_and_the_credit() =>
        Assert.Equal(Figure("شعار على المنصة", "<figcaption dir=\"rtl\">الحفل الختامي — واس</figcaption>"),
            Html("![شعار على المنصة](media:7 \"الحفل الختامي\")", Festival));

    [Fact]
    public void Without_words_of_its_own_the_body_takes_the_librarys_alt_and_caption() =>
        Assert.Equal(Figure("منصة المهرجان", "<figcaption dir=\"rtl\">افتتاح المهرجان في الرياض — واس</figcaption>"),
            Html("![](media:7)", Festival));

    [Fact]
    public void A_latin_credit_is_isolated_in_an_arabic_caption() =>
        Assert.EndsWith("<figcaption dir=\"rtl\">افتتاح المهرجان في الرياض — <bdi>Reuters</bdi></figcaption></figure>",
            Html("![](media:7)", Festival with { Credit = "Reuters" }), StringComparison.Ordinal);

    [Fact]
    public void An_english_caption_keeps_its_own_direction() =>
        Assert.EndsWith("<figcaption dir=\"ltr\">Opening night in Riyadh — <bdi>واس</bdi></figcaption></figure>",
            Html("![](media:7 \"Opening night in Riyadh\")", Festival), StringComparison.Ordinal);

    [Fact]
    public void A_picture_narrower_than_the_steps_is_offered_at_its_own_width_only()
    {
        var html = Html("![](media:7)", Festival with { Width = 400, Height = 300 });
        Assert.Contains("srcset=\"/media/7/0123456789abcdef-400.webp 400w\"", html, StringComparison.Ordinal);
        Assert.Contains("src=\"/media/7/0123456789abcdef-400.jpg\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_figure_sits_between_the_paragraphs_around_it()
    {
        var html = Html("قال الوزير إن الاتفاق قريب.\n\n![](media:7)\n\nوأضاف أن التوقيع غدا.", Festival);
        Assert.StartsWith("<p dir=\"rtl\">قال الوزير إن الاتفاق قريب.</p><figure>", html, StringComparison.Ordinal);
        Assert.EndsWith("</figure><p dir=\"rtl\">وأضاف أن التوقيع غدا.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_picture_inside_a_sentence_is_its_words_leading_to_the_picture() =>
        Assert.Equal("<p dir=\"rtl\">انظر <a href=\"/media/7/0123456789abcdef-1200.jpg\">المنصة</a> هنا.</p>",
            Html("انظر ![المنصة](media:7) هنا.", Festival));

    [Fact]
    public void A_picture_not_in_the_library_is_its_words() =>
        Assert.Equal("<p dir=\"rtl\">منصة محذوفة</p>", Html("![منصة محذوفة](media:99)", Festival));

    [Fact]
    public void Another_sites_picture_stays_a_link() =>
        Assert.Equal("<p dir=\"rtl\"><a href=\"https://example.com/x.jpg\" rel=\"noopener nofollow ugc\">صورة</a></p>",
            Html("![صورة](https://example.com/x.jpg)", Festival));

    [Fact]
    public void Markup_in_a_caption_or_alt_text_is_text()
    {
        var html = Html("![<img src=x onerror=alert(1)>](media:7 \"<script>alert(1)</script>\")", Festival with { Credit = "\"><svg onload=alert(1)>" });
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<img "));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("![x](media:7 \"\\\" onerror=\\\"alert(1)\")")]
    [InlineData("![<svg onload=alert(1)>](media:7)")]
    [InlineData("![x](media:7) <script>alert(1)</script>")]
    [InlineData("![x](media:7?javascript:alert(1))")]
    [InlineData("![x](MEDIA:7)\n\n![y](media:007)")]
    [InlineData("- ![x](media:7)\n- ![y](media:7 \"<img src=x onerror=alert(1)>\")")]
    public void Payloads_around_a_library_picture_render_inert(string markdown) =>
        InertMarkup.AssertInert(Html(markdown, Festival));

    [Theory]
    [InlineData("<img src=\"https://evil.example/x.png\" alt=\"x\">")]
    [InlineData("<img src=\"javascript:alert(1)\" alt=\"x\">")]
    [InlineData("<picture><source srcset=\"data:image/svg+xml,<svg onload=alert(1)>\"><img srcset=\"/media/1/0123456789abcdef-480.jpg 480w, https://evil.example/x.png 960w\" alt=\"x\"></picture>")]
    [InlineData("<img src=\"/admin/users\" alt=\"x\">")]
    public void The_sanitizer_lets_a_picture_load_from_this_sites_variants_only(string html)
    {
        var clean = BodySanitizer.Sanitize(html);
        Assert.DoesNotContain("src=", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("srcset=", clean, StringComparison.Ordinal);
    }
}
