using BlazorReader.Core.Articles;
using BlazorReader.Data.Articles;
using BlazorReader.Data.Queries;

namespace BlazorReader.Data.Tests.Queries;

// The readers' queries share one rule: a draft or a hidden article is nowhere a reader looks.
public sealed class ReadersSeePublishedTests : IAsyncLifetime
{
    private TestStore store = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => store = await TestStore.CreateAsync();

    public async ValueTask DisposeAsync() => await store.DisposeAsync();

    // Stored in the order given: ids from 1, each a day newer than the one before.
    private async Task StoreAsync(params (string Title, ArticleStatus Status)[] articles)
    {
        await using var db = store.Open();
        var day = new DateTime(2015, 7, 21, 0, 0, 0, DateTimeKind.Utc);
        foreach (var (title, status) in articles)
        {
            day = day.AddDays(1);
            db.Articles.Add(new Article
            {
                Title = title, Slug = title, TitleKey = title, ContentHash = title, Status = status, Source = "sabq",
                SourceUrl = "https://sabq.org/" + title, SortDate = day, PublishedAt = day,
            });
        }
        await db.SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task The_home_page_counts_and_lists_published_articles_only()
    {
        await StoreAsync(("منشور", ArticleStatus.Published), ("مسودة", ArticleStatus.Draft), ("مخفي", ArticleStatus.Hidden));

        var home = await new HomePageQuery(store.Contexts).LoadAsync(null, 1, 20, Ct);

        Assert.Equal([new SourceCount("sabq", 1)], home.Sources);
        Assert.Equal(["منشور"], home.Items.Select(a => a.Title));
    }

    [Theory]
    [InlineData(ArticleStatus.Draft)]
    [InlineData(ArticleStatus.Hidden)]
    public async Task An_unpublished_article_is_not_found_by_its_id(ArticleStatus status)
    {
        await StoreAsync(("خبر", status));

        Assert.Null(await new PublishedArticleQuery(store.Contexts).FindAsync(1, Ct));
    }

    [Fact]
    public async Task Previous_and_next_skip_unpublished_articles_of_the_source()
    {
        await StoreAsync(("الأقدم", ArticleStatus.Published), ("مسودة", ArticleStatus.Draft), ("الخبر", ArticleStatus.Published),
            ("مخفي", ArticleStatus.Hidden), ("الأحدث", ArticleStatus.Published));
        var article = (await new PublishedArticleQuery(store.Contexts).FindAsync(3, Ct))!.Article;

        var (newer, older) = await new SameSourceNeighboursQuery(store.Contexts).AroundAsync(article, Ct);

        Assert.Equal("الأحدث", newer?.Title);
        Assert.Equal("الأقدم", older?.Title);
    }

    [Fact]
    public async Task Feed_sitemap_and_source_url_lookups_leave_out_unpublished_articles()
    {
        await StoreAsync(("منشور", ArticleStatus.Published), ("مسودة", ArticleStatus.Draft), ("مخفي", ArticleStatus.Hidden));

        Assert.Equal([1], (await new FeedQuery(store.Contexts).LatestAsync(50, Ct)).Select(a => a.Id));
        Assert.Equal(1, await new SitemapQuery(store.Contexts).CountAsync(Ct));
        Assert.Equal([1], (await new SitemapQuery(store.Contexts).PageAsync(0, 50, Ct)).Select(a => a.Id));
        Assert.Empty(await new SourceUrlQuery(store.Contexts).FindAsync("https://sabq.org/مسودة", Ct));
    }
}
