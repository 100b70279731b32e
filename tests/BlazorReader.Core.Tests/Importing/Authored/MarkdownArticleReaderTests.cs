using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Core.Importing.Authored;

namespace BlazorReader.Core.Tests.Importing.Authored;

public sealed class MarkdownArticleReaderTests
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 1, 2, 3];

    // Pictures "beside" the article: the paths asked for are recorded.
    private readonly List<string> asked = [];

    private Func<string, PictureFile> Beside(params string[] present) => path =>
    {
        asked.Add(path);
        return present.Contains(path) ? new PictureFile(Jpeg, null) : new PictureFile(null, "not found beside the Markdown file");
    };

    [Fact]
    public void A_good_file_becomes_an_authored_article_with_its_fields_and_pictures()
    {
        const string text = """
            ---
            title: أمطار غزيرة على جدة
            slug: jeddah-rain
            tags: [طقس]
            status: published
            image: img/lead.jpg
            imageAlt: شارع غمرته المياه
            ---
            هطلت أمطار **غزيرة** على جدة.

            ![سيارات في الماء](img/cars.jpg "طريق الملك")
            """;
        var item = MarkdownArticleReader.Read(text, "rain.md", Beside("img/lead.jpg", "img/cars.jpg"));
        Assert.Null(item.Error);
        Assert.Equal(("أمطار غزيرة على جدة", text), (item.Article!.Title, item.Article.Text));
        var authored = item.Authored!;
        Assert.Equal(("jeddah-rain", ArticleStatus.Published), (authored.Slug, authored.Status));
        Assert.Equal(["طقس"], authored.Tags);
        Assert.Equal(new AuthoredPicture("img/lead.jpg", Jpeg, "شارع غمرته المياه", null), authored.Lead! with { Bytes = Jpeg });
        Assert.Equal([("img/lead.jpg", "شارع غمرته المياه", null), ("img/cars.jpg", "سيارات في الماء", "طريق الملك")],
            authored.Pictures.Select(p => (p.Path, p.Alt, p.Caption)));
    }

    [Fact]
    public void Media_ids_rewrite_the_body_and_set_the_lead_picture()
    {
        var item = MarkdownArticleReader.Read("---\ntitle: عنوان\nimage: ./a.jpg\nimageAlt: وصف\n---\nفقرة.\n\n![صورة [أولى]](a.jpg \"تعليق\") و ![ثانية](<b c.jpg>)\n", "x.md",
            Beside("a.jpg", "b c.jpg"));
        var stored = item.Authored!.WithMedia(new Dictionary<string, int> { ["a.jpg"] = 7, ["b c.jpg"] = 9 });
        Assert.Equal("فقرة.\n\n![صورة \\[أولى\\]](media:7 \"تعليق\") و ![ثانية](media:9)\n", stored.Body);
        Assert.Equal(7, stored.LeadMediaId);
        Assert.Empty(stored.Pictures);
    }

    [Fact]
    public void Without_a_front_matter_the_first_heading_is_the_title_and_leaves_the_body()
    {
        var item = MarkdownArticleReader.Read("# ارتفاع أسعار النفط\n\nارتفعت الأسعار اليوم.\n", "oil.md", Beside());
        Assert.Equal("ارتفاع أسعار النفط", item.Article!.Title);
        Assert.Equal("ارتفعت الأسعار اليوم.\n", item.Authored!.Body);
    }

    [Fact]
    public void Without_a_title_anywhere_the_file_fails()
    {
        Assert.Equal("no title: give 'title' in the front matter or start the body with a '# heading'",
            MarkdownArticleReader.Read("نص بلا عنوان", "a.md", Beside()).Error);
    }

    [Fact]
    public void A_front_matter_with_nothing_after_it_fails()
    {
        Assert.Equal("the article has no body after its front matter", MarkdownArticleReader.Read("---\ntitle: عنوان\n---\n\n", "a.md", Beside()).Error);
    }

    [Fact]
    public void A_missing_picture_fails_the_file_naming_the_picture()
    {
        Assert.Equal("picture 'img/gone.jpg': not found beside the Markdown file",
            MarkdownArticleReader.Read("---\ntitle: عنوان\n---\n![صورة](img/gone.jpg)", "a.md", Beside()).Error);
    }

    [Theory]
    [InlineData("![صورة](../secret.jpg)", "picture '../secret.jpg': a path leaving the Markdown file's folder ('..') is refused")]
    [InlineData("![صورة](img/../../secret.jpg)", "picture 'img/../../secret.jpg': a path leaving the Markdown file's folder ('..') is refused")]
    [InlineData("![صورة](%2E%2E/secret.jpg)", "picture '%2E%2E/secret.jpg': a path leaving the Markdown file's folder ('..') is refused")]
    [InlineData("![صورة](/etc/passwd)", "picture '/etc/passwd': an absolute path is refused; name it relative to the Markdown file")]
    [InlineData("![صورة](file:///etc/passwd)", "picture 'file:///etc/passwd': only a path beside the file, an http(s) address or media:ID can be named")]
    [InlineData("![صورة](data:image/png;base64,AAAA)", "picture 'data:image/png;base64,AAAA': only a path beside the file, an http(s) address or media:ID can be named")]
    [InlineData("![صورة](C:\\\\pics\\\\a.jpg)", "picture 'C:\\pics\\a.jpg': only a path beside the file, an http(s) address or media:ID can be named")]
    public void A_picture_path_leaving_the_folder_is_refused_and_never_looked_up(string body, string error)
    {
        Assert.Equal(error, MarkdownArticleReader.Read("---\ntitle: عنوان\n---\n" + body, "a.md", Beside("secret.jpg")).Error);
        Assert.Empty(asked);
    }

    [Fact]
    public void A_picture_without_alt_text_fails_the_file()
    {
        Assert.Equal("picture 'a.jpg' has no alt text: write ![what it shows](a.jpg)",
            MarkdownArticleReader.Read("---\ntitle: عنوان\n---\n![](a.jpg)", "a.md", Beside("a.jpg")).Error);
    }

    [Fact]
    public void A_lead_picture_without_imageAlt_fails_the_file()
    {
        Assert.Equal("'imageAlt' is required with 'image'",
            MarkdownArticleReader.Read("---\ntitle: عنوان\nimage: a.jpg\n---\nنص", "a.md", Beside("a.jpg")).Error);
    }

    [Fact]
    public void Every_problem_of_a_file_is_said_at_once()
    {
        Assert.Equal("picture 'a.jpg' has no alt text: write ![what it shows](a.jpg); picture 'b.jpg': not found beside the Markdown file",
            MarkdownArticleReader.Read("---\ntitle: عنوان\n---\n![](a.jpg) ![ب](b.jpg)", "a.md", Beside("a.jpg")).Error);
    }

    [Fact]
    public void Library_pictures_and_other_sites_pictures_are_left_as_written()
    {
        var item = MarkdownArticleReader.Read("---\ntitle: عنوان\n---\n![أ](media:3) ![ب](https://example.com/b.jpg)", "a.md", Beside());
        Assert.Null(item.Error);
        Assert.Empty(item.Authored!.Pictures);
        Assert.Empty(asked);
        Assert.Equal("![أ](media:3) ![ب](https://example.com/b.jpg)", item.Authored.WithMedia(new Dictionary<string, int>()).Body);
    }

    [Fact]
    public void One_picture_named_twice_is_read_once()
    {
        var item = MarkdownArticleReader.Read("---\ntitle: عنوان\n---\n![أ](a.jpg)\n\n![ب](./a.jpg)", "a.md", Beside("a.jpg"));
        Assert.Single(item.Authored!.Pictures);
        Assert.Equal(["a.jpg"], asked);
    }
}
