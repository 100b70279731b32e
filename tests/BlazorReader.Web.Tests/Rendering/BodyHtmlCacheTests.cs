using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Data.Media;
using BlazorReader.Web.Rendering;

namespace BlazorReader.Web.Tests.Rendering;

// A body is rendered once and read ready after; whatever its HTML comes from changing renders
// it anew, so a page never shows HTML older than the article, its pictures or the renderer.
public sealed class BodyHtmlCacheTests : IDisposable
{
    private const string Hash = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private static readonly MediaPicture Festival = new(7, Hash, 1200, 800, "منصة المهرجان", "افتتاح المهرجان في الرياض", "واس");
    private static readonly IReadOnlyList<ContentBlock> Body = EditedBody.Read("## عنوان فرعي\n\nقال **الوزير** إن الاتفاق قريب.\n\n![](media:7)\n").Blocks;

    private readonly BodyHtmlCache cache = new();

    private static Dictionary<int, MediaPicture> With(MediaPicture picture) => new() { [picture.Id] = picture };

    [Fact]
    public void Gives_the_renderers_html()
    {
        Assert.Equal(BodyHtml.Render(Body, With(Festival)), cache.Render(Body, With(Festival)));
        Assert.Equal(BodyHtml.Render(Body, With(Festival)), cache.Render(Body, With(Festival)));
    }

    [Fact]
    public void Renders_a_body_once_and_reads_it_ready_after()
    {
        var renders = 0;
        using var counted = new BodyHtmlCache(BodyHtmlCache.DefaultBytes, "v1", (b, p) => { renders++; return BodyHtml.Render(b, p); });
        counted.Render(Body, With(Festival));
        counted.Render(EditedBody.Read("## عنوان فرعي\n\nقال **الوزير** إن الاتفاق قريب.\n\n![](media:7)\n").Blocks, With(Festival));
        Assert.Equal(1, renders);
    }

    [Fact]
    public void An_edited_body_shows_its_new_text()
    {
        cache.Render(Body, With(Festival));
        var edited = EditedBody.Read("## عنوان فرعي\n\nقال **الوزير** إن الاتفاق بعيد.\n\n![](media:7)\n").Blocks;
        Assert.Contains("الاتفاق بعيد", cache.Render(edited, With(Festival)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pictures_new_alt_text_shows()
    {
        cache.Render(Body, With(Festival));
        Assert.Contains("alt=\"منصة الحفل\"", cache.Render(Body, With(Festival with { Alt = "منصة الحفل" })), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pictures_new_caption_shows_and_a_caption_taken_away_goes()
    {
        cache.Render(Body, With(Festival));
        Assert.Contains("الحفل الختامي — واس", cache.Render(Body, With(Festival with { Caption = "الحفل الختامي" })), StringComparison.Ordinal);
        Assert.Contains("<figcaption dir=\"rtl\">واس</figcaption>", cache.Render(Body, With(Festival with { Caption = null })), StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_renderer_version_renders_anew()
    {
        using var old = new BodyHtmlCache(BodyHtmlCache.DefaultBytes, "v1", (_, _) => "<p>old</p>");
        Assert.Equal("<p>old</p>", old.Render(Body, With(Festival)));
        Assert.NotEqual(BodyHtmlKey.Of(Body, With(Festival), "v1"), BodyHtmlKey.Of(Body, With(Festival), "v2"));
    }

    [Fact]
    public void The_renderers_version_is_the_build_of_the_writer_and_its_grammar()
    {
        var version = BodyHtmlKey.RendererVersion;
        Assert.Contains(typeof(BodyHtml).Assembly.ManifestModule.ModuleVersionId.ToString("N", System.Globalization.CultureInfo.InvariantCulture), version, StringComparison.Ordinal);
        Assert.Contains(typeof(Core.Markdown.BodyMarkdown).Assembly.ManifestModule.ModuleVersionId.ToString("N", System.Globalization.CultureInfo.InvariantCulture), version, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tweets_new_link_is_a_new_key()
    {
        var tweet = new ContentBlock(BlockKind.Tweet, "نص", TextDirection.Rtl, "https://t.co/a", "name", "handle", new DateOnly(2020, 1, 1));
        Assert.NotEqual(BodyHtmlKey.Of([tweet], null, "v"), BodyHtmlKey.Of([tweet with { Url = "https://t.co/b" }], null, "v"));
    }

    [Fact]
    public void Keeps_no_body_past_its_bound_in_bytes()
    {
        var renders = 0;
        using var small = new BodyHtmlCache(1024, "v1", (b, p) => { renders++; return BodyHtml.Render(b, p); });
        small.Render(Body, With(Festival));
        small.Render(Body, With(Festival));
        Assert.Equal(2, renders);
    }

    public void Dispose() => cache.Dispose();
}
