using System.Text.Json;
using BlazorReader.Data.Articles;
using BlazorReader.Web.Formatting;

namespace BlazorReader.Web.Tests.Formatting;

public class NewsArticleJsonLdTests
{
    [Fact]
    public void Text_from_an_article_cannot_close_the_script_element()
    {
        var article = new Article { Title = "عنوان</script><script>alert(1)</script>", Lead = "<b>&</b>" };
        var json = NewsArticleJsonLd.For(article, new Uri("http://127.0.0.1/articles/1/x"));
        Assert.DoesNotContain("</script", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", json, StringComparison.Ordinal);
        Assert.Contains("عنوان", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Has_the_fields_crawlers_need_and_no_null_values()
    {
        var article = new Article
        {
            Title = "عنوان الخبر",
            Lead = "مقدمة الخبر",
            Byline = "  ",
            Source = "okaz",
            PublishedAt = new DateTime(2020, 11, 2, 8, 0, 0, DateTimeKind.Utc),
            UpdatedAt = new DateTime(2021, 1, 3, 9, 30, 0, DateTimeKind.Utc),
        };
        using var json = JsonDocument.Parse(NewsArticleJsonLd.For(article, new Uri("http://127.0.0.1/articles/1/x")));
        var root = json.RootElement;
        Assert.Equal("2020-11-02T08:00:00Z", root.GetProperty("datePublished").GetString());
        Assert.Equal("2021-01-03T09:30:00Z", root.GetProperty("dateModified").GetString());
        Assert.Equal("ar", root.GetProperty("inLanguage").GetString());
        Assert.Equal("okaz", root.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("okaz", root.GetProperty("publisher").GetProperty("name").GetString());
        Assert.DoesNotContain(root.EnumerateObject(), p => p.Value.ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public void A_byline_makes_the_author_a_person()
    {
        var article = new Article { Title = "عنوان", Lead = "", Byline = "محمد علي", Source = "okaz" };
        using var json = JsonDocument.Parse(NewsArticleJsonLd.For(article, new Uri("http://127.0.0.1/articles/1/x")));
        var author = json.RootElement.GetProperty("author");
        Assert.Equal("Person", author.GetProperty("@type").GetString());
        Assert.Equal("محمد علي", author.GetProperty("name").GetString());
    }

    [Fact]
    public void The_publisher_is_the_named_paper_with_its_site()
    {
        var article = new Article { Title = "عنوان", Lead = "", Source = "okaz" };
        var paper = new BlazorReader.Data.Sources.NewsSource { Key = "okaz", Name = "عكاظ", SiteUrl = "https://www.okaz.com.sa" };
        using var json = JsonDocument.Parse(NewsArticleJsonLd.For(article, new Uri("http://127.0.0.1/articles/1/x"), paper));
        var publisher = json.RootElement.GetProperty("publisher");
        Assert.Equal("NewsMediaOrganization", publisher.GetProperty("@type").GetString());
        Assert.Equal("عكاظ", publisher.GetProperty("name").GetString());
        Assert.Equal("https://www.okaz.com.sa", publisher.GetProperty("url").GetString());
        Assert.Equal("عكاظ", json.RootElement.GetProperty("author").GetProperty("name").GetString());
    }

    [Fact]
    public void An_article_without_a_source_is_published_by_this_site()
    {
        var article = new Article { Title = "عنوان", Lead = "" };
        using var json = JsonDocument.Parse(NewsArticleJsonLd.For(article, new Uri("http://127.0.0.1/articles/1/x")));
        var publisher = json.RootElement.GetProperty("publisher");
        Assert.Equal("Organization", publisher.GetProperty("@type").GetString());
        Assert.Equal(NewsArticleJsonLd.SiteName, publisher.GetProperty("name").GetString());
    }
}
