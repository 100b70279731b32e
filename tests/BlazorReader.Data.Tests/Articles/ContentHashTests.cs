using System.Security.Cryptography;
using System.Text;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Articles;

namespace BlazorReader.Data.Tests.Articles;

// Stored hashes identify URL-less articles and tell changed articles from known ones, so the
// hash of an article must never change: it is checked against the formula it was defined by.
public class ContentHashTests
{
    private static string Defined(RawArticle raw)
    {
        var text = raw.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes((raw.Title ?? "").Trim() + "\n" + text)));
    }

    public static TheoryData<string, string?> Tricky => new()
    {
        { "نص عربي\r\nسطر ثان\rثالث\n", "  عنوان " },
        { "  \r\n\t text with spaces \u00a0\r", null },
        { "", "" },
        { "\r\n", "\u2003" },
        { "emoji 😀 and a lone low \udc00 surrogate", "title ending in a lone high \ud800" },
        { "\udc00 starts with a lone low surrogate", "😀" },
    };

    [Theory]
    [MemberData(nameof(Tricky))]
    public void Hash_is_the_defined_one_for_tricky_text(string text, string? title) =>
        Assert.Equal(Defined(new RawArticle(text, title)), ArticleAssembler.HashOf(new RawArticle(text, title)));

    [Fact]
    public void Hash_is_the_defined_one_for_the_test_corpus()
    {
        var articles = ArticleSourceReader.Read(Path.Combine(AppContext.BaseDirectory, "corpus")).Select(i => i.Article).OfType<RawArticle>().ToList();
        Assert.NotEmpty(articles);
        Assert.All(articles, a => Assert.Equal(Defined(a), ArticleAssembler.HashOf(a)));
    }
}
