using BlazorReader.Core.Arabic;
using BlazorReader.Data.Articles;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Tests.Articles;

public class TeaserLinkerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Article Story(string title, params string[] teasers) => new()
    {
        Title = title,
        TitleKey = TitleKey.From(title),
        Slug = "s",
        ContentHash = Guid.NewGuid().ToString("N"),
        Teasers = [.. teasers.Select((t, i) => new ArticleTeaser { Position = i, Text = t, NormalizedText = TitleKey.From(t) })],
    };

    private static async Task WriteAsync(TestStore store, Article article)
    {
        await using var db = store.Open();
        db.Articles.Add(article);
        await db.SaveChangesAsync(Ct);
        await TeaserLinker.LinkAsync(db, [article], Ct);
        await db.SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task A_teaser_links_to_a_stored_article_despite_spelling_variants()
    {
        await using var store = await TestStore.CreateAsync();
        await WriteAsync(store, Story("وتشتد المعارك بين أذربيجان وأرمينيا في محيط بلدة شوشي"));
        await WriteAsync(store, Story("خبر جديد", "وتشتدّ المعارك بين اذربيجان وارمينيا في محيط بلدة شوشى."));
        await using var db = store.Open();
        var teaser = await db.Teasers.SingleAsync(Ct);
        Assert.Equal(1, teaser.LinkedArticleId);
    }

    [Fact]
    public async Task A_stored_teaser_links_when_its_article_is_imported_later()
    {
        await using var store = await TestStore.CreateAsync();
        await WriteAsync(store, Story("خبر أول", "مدرسة جديدة في الرياض"));
        await WriteAsync(store, Story("مدرسه جديده في الرياض"));
        await using var db = store.Open();
        Assert.Equal(2, (await db.Teasers.SingleAsync(Ct)).LinkedArticleId);
    }

    [Fact]
    public async Task A_teaser_that_names_no_stored_article_stays_unlinked()
    {
        await using var store = await TestStore.CreateAsync();
        await WriteAsync(store, Story("خبر أول", "عنوان لا يوجد له مقال"));
        await using var db = store.Open();
        Assert.Null((await db.Teasers.SingleAsync(Ct)).LinkedArticleId);
    }

    [Fact]
    public async Task An_article_never_links_to_itself()
    {
        await using var store = await TestStore.CreateAsync();
        await WriteAsync(store, Story("عنوان يتكرر", "عنوان يتكرر"));
        await using var db = store.Open();
        Assert.Null((await db.Teasers.SingleAsync(Ct)).LinkedArticleId);
    }
}
