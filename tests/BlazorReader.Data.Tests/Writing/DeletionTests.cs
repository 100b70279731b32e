using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Articles;
using BlazorReader.Data.ChangeLog;
using BlazorReader.Data.Curation;
using BlazorReader.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Tests.Writing;

public sealed class DeletionTests : IAsyncLifetime
{
    private TestStore store = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        store = await TestStore.CreateAsync();
        await store.Importer().ImportAsync(
        [
            ImportItem.Ok("1", new RawArticle("افتتح وزير التعليم مدرسة جديدة في جدة.\nاقرأ أيضا: أمطار على الرياض", Title: "مدرسة جديدة في جدة")),
            ImportItem.Ok("2", new RawArticle("هطلت أمطار غزيرة على الرياض مساء أمس.", Title: "أمطار على الرياض")),
        ], ArticleStatus.Published, ct: Ct);
    }

    public async ValueTask DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task Deleting_removes_the_article_its_raw_text_and_every_link_to_it_and_logs_it()
    {
        await using (var db = store.Open())
        {
            db.RelatedLinks.Add(new RelatedLink { ArticleId = 1, RelatedArticleId = 2, Kind = RelatedLinkKind.Topical, Position = 0 });
            db.RelatedOverrides.Add(new RelatedOverride { ArticleId = 1, OtherArticleId = 2 });
            db.Teasers.Add(new ArticleTeaser { ArticleId = 1, Position = 9, Text = "أمطار على الرياض", NormalizedText = "x", LinkedArticleId = 2 });
            await db.SaveChangesAsync(Ct);
        }
        Assert.True(await store.Changes().DeleteAsync(2, "admin@example.org", Ct));
        await using var after = store.Open();
        Assert.Equal([1], await after.Articles.Select(a => a.Id).ToListAsync(Ct));
        Assert.Empty(await after.RelatedLinks.ToListAsync(Ct));
        Assert.Empty(await after.RelatedOverrides.ToListAsync(Ct));
        Assert.All(await after.Teasers.ToListAsync(Ct), t => Assert.Null(t.LinkedArticleId));
        Assert.Contains(await after.ChangeLog.ToListAsync(Ct), c => c.ArticleId == 2 && c.Kind == ChangeKind.Deleted);
        Assert.Contains(await after.Audit.ToListAsync(Ct), a => a.Action == AuditActions.ArticleDeleted && a.ArticleId == 2);
    }

    [Fact]
    public async Task Deleting_an_unknown_article_changes_nothing()
    {
        Assert.False(await store.Changes().DeleteAsync(42, "a", Ct));
        await using var db = store.Open();
        Assert.Equal(2, await db.Articles.CountAsync(Ct));
    }
}
