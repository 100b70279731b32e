using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Accounts;
using BlazorReader.Data.Importing;
using BlazorReader.Data.Writing;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Components.Pages.Admin;

// Markup typed by an editor (title, tags, Markdown body) or imported is text on the editors'
// pages and on the public ones alike.
public sealed class AdminXssTests : AppTest
{
    protected override bool FollowRedirects => false;

    [Theory]
    [MemberData(nameof(XssTests.Payloads), MemberType = typeof(XssTests))]
    public async Task Markup_in_titles_tags_and_markdown_is_inert_on_admin_and_public_pages(string payload)
    {
        await App.Services.GetRequiredService<ArticleImporter>().ImportAsync(
            [ImportItem.Ok("xss", new RawArticle($"خبر\n{payload}", Title: "عنوان " + payload, Source: "s"))], ArticleStatus.Draft, ct: Ct);
        var changes = App.Services.GetRequiredService<ArticleChanges>();
        var (edit, version) = (await changes.LoadAsync(2, Ct))!.Value;
        var saved = await changes.SaveEditAsync(2, version, edit with
        {
            Title = "محرر " + payload, Tags = ["وسم " + payload], BodyMarkdown = $"فقرة\n\n{payload}\n\n[رابط](javascript:alert(1))",
            Status = ArticleStatus.Published,
        }, "editor@example.org", Ct);
        Assert.IsType<SaveOutcome.Saved>(saved);
        using var admin = await SignedInClient.SignInAsync(App, "admin@example.org", Roles.Admin);
        foreach (var path in new[] { "/admin", "/admin/articles", "/admin/articles/2", "/admin/articles/2/revisions", "/admin/articles/2/cleaning", "/admin/audit" })
        {
            AssertInert(await admin.GetStringAsync(path, Ct));
        }
        using var reader = App.CreateClient();
        AssertInert(await reader.GetStringAsync("/articles/2", Ct));
    }

    private static void AssertInert(string html)
    {
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg onload", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
    }
}
