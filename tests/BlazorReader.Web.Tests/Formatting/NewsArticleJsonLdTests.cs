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
}
