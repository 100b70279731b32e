using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Importing;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Components.Pages;

// Imported text is data: whatever markup a scraped page smuggles in must reach the reader as text.
public sealed class XssTests : AppTest
{
    public static readonly TheoryData<string> Payloads =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">اضغط هنا</a>",
        "<svg onload=alert(1)><circle r=5 /></svg>",
        "[رابط](javascript:alert(1))",
        "\"><iframe src=\"https://evil.example\"></iframe>",
        "</script><script>alert(document.cookie)</script>",
    ];

    // The change log is followed by hand, so the search index holds the article before the search page is read.
    protected override ReaderAppFactory CreateApp() => new(followChanges: false);

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Markup_in_title_and_body_renders_inert_on_every_reading_page(string payload)
    {
        var raw = new RawArticle($"خبر عن الأمن الرقمي\n{payload}\nنهاية الخبر", Title: "عنوان " + payload, Source: "x" + payload);
        await App.Services.GetRequiredService<ArticleImporter>().ImportAsync([ImportItem.Ok("xss", raw)], ArticleStatus.Published, ct: Ct);
        await App.FollowChangesAsync(Ct);
        // The search page writes its highlighted snippets as markup: the likeliest place to let a tag through.
        var search = await Client.GetStringAsync("/search?q=" + Uri.EscapeDataString("الأمن الرقمي"), Ct);
        Assert.Contains("/articles/2/", search, StringComparison.Ordinal);
        foreach (var path in new[] { "/articles/2", "/", "/feed", "/api/articles/2", "/search?q=" + Uri.EscapeDataString("الأمن الرقمي") })
        {
            var html = await Client.GetStringAsync(path, Ct);
            Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<svg onload", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<a href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        }
    }
}
