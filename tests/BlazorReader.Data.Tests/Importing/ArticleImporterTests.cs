using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.ChangeLog;
using BlazorReader.Data.Importing;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Tests.Importing;

public class ArticleImporterTests
{
    private static readonly string SeedFolder = Path.Combine(AppContext.BaseDirectory, "seeds");
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ImportItem Item(string text, string? url = null, string? title = null) =>
        ImportItem.Ok("test", new RawArticle(text, Title: title, SourceUrl: url, Source: "test"));

    [Fact]
    public async Task Imports_the_seed_with_raw_text_kept_verbatim()
    {
        await using var store = await TestStore.CreateAsync();
        var summary = await store.Importer().ImportAsync(ArticleSourceReader.Read(SeedFolder), ArticleStatus.Published, ct: Ct);
        Assert.Equal(1, summary.Imported);
        await using var db = store.Open();
        var article = await db.Articles.SingleAsync(Ct);
        var raw = await File.ReadAllTextAsync(Directory.GetFiles(SeedFolder).Single(), Ct);
        Assert.Equal(raw, article.RawText);
        Assert.NotEmpty(article.Blocks);
        Assert.False(string.IsNullOrWhiteSpace(article.Slug));
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal("aljazeera", article.Source); // named by its copyright line, as a .txt gives no key
    }

    [Fact]
    public async Task Importing_the_same_article_twice_stores_it_once()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Importer().ImportAsync(ArticleSourceReader.Read(SeedFolder), ArticleStatus.Published, ct: Ct);
        var second = await store.Importer().ImportAsync(ArticleSourceReader.Read(SeedFolder), ArticleStatus.Published, ct: Ct);
        Assert.Equal((0, 1), (second.Imported, second.Skipped));
        await using var db = store.Open();
        Assert.Equal(1, await db.Articles.CountAsync(Ct));
    }

    [Fact]
    public async Task A_changed_article_at_the_same_url_is_updated_and_its_previous_raw_text_kept()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Importer().ImportAsync([Item("النص الأول للخبر", "https://example.org/a")], ArticleStatus.Published, ct: Ct);
        var summary = await store.Importer().ImportAsync([Item("النص المعدل للخبر", "https://example.org/a")], ArticleStatus.Published, ct: Ct);
        Assert.Equal(1, summary.Updated);
        await using var db = store.Open();
        var article = await db.Articles.Include(a => a.Snapshots).SingleAsync(Ct);
        Assert.Equal("النص المعدل للخبر", article.RawText);
        Assert.Equal("النص الأول للخبر", Assert.Single(article.Snapshots).RawText);
    }

    [Fact]
    public async Task Same_text_under_two_urls_is_two_articles()
    {
        await using var store = await TestStore.CreateAsync();
        var summary = await store.Importer().ImportAsync(
            [Item("خبر وكالة مكرر", "https://a.example/1"), Item("خبر وكالة مكرر", "https://b.example/1")], ArticleStatus.Published, ct: Ct);
        Assert.Equal(2, summary.Imported);
    }

    [Fact]
    public async Task Bad_items_are_reported_and_the_good_ones_imported()
    {
        await using var store = await TestStore.CreateAsync();
        var summary = await store.Importer().ImportAsync(
            [Item("خبر سليم"), ImportItem.Failed("broken.json#3", "not valid JSON"), Item("   "), Item("خبر آخر سليم")],
            ArticleStatus.Published, ct: Ct);
        Assert.Equal(2, summary.Imported);
        Assert.Equal(2, summary.Failed);
        Assert.Contains(summary.Errors, e => e.Origin == "broken.json#3" && e.Message == "not valid JSON");
    }

    [Fact]
    public async Task A_url_too_long_for_the_index_fails_that_item_with_a_clear_message()
    {
        await using var store = await TestStore.CreateAsync();
        var summary = await store.Importer().ImportAsync([Item("خبر", "https://example.org/" + new string('a', 900))], ArticleStatus.Published, ct: Ct);
        Assert.Contains("longer than 850", Assert.Single(summary.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_stopped_half_way_finishes_on_the_next_run_with_nothing_doubled()
    {
        await using var store = await TestStore.CreateAsync();
        var items = Enumerable.Range(0, 10).Select(i => Item($"خبر رقم {i}", $"https://example.org/{i}")).ToList();
        using var stop = new CancellationTokenSource();
        var progress = new SynchronousProgress(s => { if (s.Processed >= 4) { stop.Cancel(); } });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => store.Importer(batchSize: 2).ImportAsync(items, ArticleStatus.Published, progress, stop.Token));
        var resumed = await store.Importer(batchSize: 2).ImportAsync(items, ArticleStatus.Published, ct: Ct);
        Assert.Equal((6, 4), (resumed.Imported, resumed.Skipped));
        await using var db = store.Open();
        Assert.Equal(10, await db.Articles.CountAsync(Ct));
    }

    [Fact]
    public async Task An_article_that_is_all_chrome_is_skipped_not_failed()
    {
        await using var store = await TestStore.CreateAsync();
        var summary = await store.Importer().ImportAsync([Item("رابط الخبر بصحيفة الوئام: بالصور .. رمضان في ليبيا"), Item("خبر سليم")],
            ArticleStatus.Published, ct: Ct);
        Assert.Equal((1, 1, 1, 0), (summary.Imported, summary.Skipped, summary.NoBody, summary.Failed));
    }

    [Fact]
    public async Task Every_write_appends_to_the_change_log()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Importer().ImportAsync([Item("نص أول", "https://example.org/x")], ArticleStatus.Published, ct: Ct);
        await store.Importer().ImportAsync([Item("نص ثان", "https://example.org/x")], ArticleStatus.Published, ct: Ct);
        await using var db = store.Open();
        var kinds = await db.ChangeLog.OrderBy(c => c.Sequence).Select(c => c.Kind).ToListAsync(Ct);
        Assert.Equal([ChangeKind.Created, ChangeKind.Updated], kinds);
    }

    [Fact]
    public async Task A_batch_of_new_and_changed_articles_logs_each_in_input_order_and_snapshots_the_changed_one()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Importer().ImportAsync([Item("النص الأول للخبر", "https://example.org/a")], ArticleStatus.Published, ct: Ct);
        var summary = await store.Importer().ImportAsync(
            [Item("خبر جديد أول", "https://example.org/b"), Item("النص المعدل للخبر", "https://example.org/a"), Item("خبر جديد ثان", "https://example.org/c")],
            ArticleStatus.Published, ct: Ct);
        Assert.Equal((2, 1), (summary.Imported, summary.Updated));
        await using var db = store.Open();
        var log = await db.ChangeLog.OrderBy(c => c.Sequence).Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new { c.Kind, a.SourceUrl }).ToListAsync(Ct);
        Assert.Equal(
            [(ChangeKind.Created, "https://example.org/a"), (ChangeKind.Created, "https://example.org/b"),
             (ChangeKind.Updated, "https://example.org/a"), (ChangeKind.Created, "https://example.org/c")],
            log.Select(l => (l.Kind, l.SourceUrl)));
        var changed = await db.Articles.Include(a => a.Snapshots).SingleAsync(a => a.SourceUrl == "https://example.org/a", Ct);
        Assert.Equal(("النص المعدل للخبر", "النص الأول للخبر"), (changed.RawText, Assert.Single(changed.Snapshots).RawText));
    }

    [Fact]
    public async Task A_teaser_links_to_its_article_imported_in_a_later_run()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Importer().ImportAsync(ArticleSourceReader.Read(SeedFolder), ArticleStatus.Published, ct: Ct);
        string teaserText;
        await using (var db = store.Open())
        {
            teaserText = (await db.Teasers.OrderBy(t => t.Position).FirstAsync(Ct)).Text;
        }
        await store.Importer().ImportAsync([Item("نص الخبر الذي يشير إليه الرابط", "https://example.org/target", teaserText)], ArticleStatus.Published, ct: Ct);
        await using var after = store.Open();
        var target = await after.Articles.SingleAsync(a => a.SourceUrl == "https://example.org/target", Ct);
        Assert.Equal(target.Id, (await after.Teasers.OrderBy(t => t.Position).FirstAsync(Ct)).LinkedArticleId);
    }

    [Fact]
    public async Task A_teaser_links_to_its_article_imported_earlier_or_in_the_same_batch()
    {
        var seed = ArticleSourceReader.Read(SeedFolder).Single();
        var teaserText = new Core.Cleaning.ArticleCleaner().Clean(seed.Article!).Teasers[0].Text;
        var target = Item("نص الخبر الذي يشير إليه الرابط", "https://example.org/target", teaserText);
        foreach (var runs in new[] { new[] { [target], new[] { seed } }, [[target, seed]] })
        {
            await using var store = await TestStore.CreateAsync();
            foreach (var run in runs)
            {
                await store.Importer().ImportAsync(run, ArticleStatus.Published, ct: Ct);
            }
            await using var db = store.Open();
            var targetId = (await db.Articles.SingleAsync(a => a.SourceUrl == "https://example.org/target", Ct)).Id;
            Assert.Equal(targetId, (await db.Teasers.OrderBy(t => t.Position).FirstAsync(Ct)).LinkedArticleId);
        }
    }

    [Fact]
    public async Task A_source_that_fails_while_being_read_fails_the_import_with_its_own_error()
    {
        await using var store = await TestStore.CreateAsync();
        var error = await Assert.ThrowsAsync<IOException>(
            () => store.Importer(batchSize: 2).ImportAsync(ReadThenFail(), ArticleStatus.Published, ct: Ct));
        Assert.Equal("the disk went away", error.Message);
        await using var db = store.Open();
        Assert.Equal(2, await db.Articles.CountAsync(Ct));
    }

    private static IEnumerable<ImportItem> ReadThenFail()
    {
        yield return Item("خبر أول", "https://example.org/1");
        yield return Item("خبر ثان", "https://example.org/2");
        throw new IOException("the disk went away");
    }

    private sealed class SynchronousProgress(Action<ImportSummary> report) : IProgress<ImportSummary>
    {
        public void Report(ImportSummary value) => report(value);
    }
}
