using System.Net;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Importing;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Components.Pages.Home;

public sealed class HomeBySourceTests : AppTest
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var items = Enumerable.Range(1, 25).Select(i => ImportItem.Ok("t", new RawArticle(
            $"نص الخبر رقم {i}", Title: $"خبر رقم {i}", Source: i % 2 == 0 ? "sabq" : "okaz",
            PublishedAt: new DateTime(2015, 7, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(i))));
        await App.Services.GetRequiredService<ArticleImporter>().ImportAsync(items, ArticleStatus.Published, ct: Ct);
    }

    [Fact]
    public async Task Home_offers_one_section_per_source()
    {
        var html = await Client.GetStringAsync("/", Ct);
        Assert.Contains("href=\"/?source=sabq\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/?source=okaz\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_section_lists_only_that_source_and_pages_within_it()
    {
        var html = await Client.GetStringAsync("/?source=sabq", Ct);
        Assert.Equal(12, System.Text.RegularExpressions.Regex.Count(html, "<li>"));
        Assert.DoesNotContain("rel=\"next\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_whole_list_pages_by_twenty_keeping_the_newest_first()
    {
        var first = await Client.GetStringAsync("/", Ct);
        var second = await Client.GetStringAsync("/?page=2", Ct);
        Assert.Contains("href=\"/?page=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Equal(6, System.Text.RegularExpressions.Regex.Count(second, "<li>"));
    }

    [Theory]
    [InlineData("/?page=-5")]
    [InlineData("/?page=abc")]
    public async Task A_page_number_below_one_or_not_a_number_answers_the_first_page(string path)
    {
        var response = await Client.GetAsync(path, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        // The first page is the front page: its latest articles are one list among its sections.
        var latest = System.Text.RegularExpressions.Regex.Match(html, "<ul class=\"article-list\">.*?</ul>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(20, System.Text.RegularExpressions.Regex.Count(latest, "<li>"));
        Assert.Contains("href=\"/?page=2\" rel=\"next\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_of_control_characters_and_markup_answers_an_empty_section()
    {
        var response = await Client.GetAsync("/?source=%00%3Cscript%3E", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, System.Text.RegularExpressions.Regex.Count(html, "<li>"));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }
}
