using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Articles;
using BlazorReader.Data.ChangeLog;
using BlazorReader.Data.Importing;

namespace BlazorReader.Data.Tests.Importing;

// The import writes new articles with its own insert commands rather than change tracking;
// what lands in the store must be exactly what SaveChanges writes for the same articles.
public class BulkImportRowsTests
{
    private static readonly FixedClock Clock = new(new DateTimeOffset(2015, 8, 11, 6, 30, 0, TimeSpan.Zero));
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<ImportItem> RealArticles() =>
    [
        .. ArticleSourceReader.Read(Path.Combine(AppContext.BaseDirectory, "seeds")),
        .. ArticleSourceReader.Read(Path.Combine(AppContext.BaseDirectory, "corpus")),
        Curation.DoubtedArticle.Item(),
    ];

    [Fact]
    public async Task Imported_rows_are_column_for_column_what_change_tracking_stores()
    {
        var items = RealArticles();
        await using var bulk = await TestStore.CreateAsync();
        var summary = await new ArticleImporter(bulk.Contexts, new ArticleCleaner(), Clock).ImportAsync(items, ArticleStatus.Published, ct: Ct);
        await using var tracked = await TestStore.CreateAsync();
        var written = await WriteThroughChangeTrackingAsync(tracked, items);

        Assert.Equal((items.Count, 0), (summary.Imported, summary.Failed));
        Assert.Equal(written, summary.Imported);
        // Version is a fresh Guid per write; its storage form is compared, not its value.
        Assert.Equal(await StoredRows.ReadAsync<Article>(tracked, "Id", "Version"), await StoredRows.ReadAsync<Article>(bulk, "Id", "Version"));
        Assert.Equal(await VersionFormsAsync(tracked), await VersionFormsAsync(bulk));
        var teasers = await StoredRows.ReadAsync<ArticleTeaser>(tracked, "ArticleId, Position", "Id");
        Assert.NotEmpty(teasers);
        Assert.Equal(teasers, await StoredRows.ReadAsync<ArticleTeaser>(bulk, "ArticleId, Position", "Id"));
        var fragments = await StoredRows.ReadAsync<RemovedFragmentRecord>(tracked, "ArticleId, Position", "Id");
        Assert.NotEmpty(fragments);
        Assert.Equal(fragments, await StoredRows.ReadAsync<RemovedFragmentRecord>(bulk, "ArticleId, Position", "Id"));
        Assert.Equal(await StoredRows.ReadAsync<ChangeLogEntry>(tracked, "Sequence"), await StoredRows.ReadAsync<ChangeLogEntry>(bulk, "Sequence"));
    }

    // What the importer did before it had its own insert commands, in one batch.
    private static async Task<int> WriteThroughChangeTrackingAsync(TestStore store, List<ImportItem> items)
    {
        var cleaner = new ArticleCleaner();
        var now = Clock.GetUtcNow().UtcDateTime;
        var articles = items.Select(i => i.Article!).Select(raw => (Raw: raw, Cleaned: cleaner.Clean(raw)))
            .Where(x => x.Cleaned.Blocks.Count > 0)
            .Select(x =>
            {
                var article = new Article { Status = ArticleStatus.Published };
                ArticleAssembler.Apply(article, x.Raw, x.Cleaned, now);
                return article;
            }).ToList();
        await using var db = store.Open();
        await using var tx = await db.Database.BeginTransactionAsync(Ct);
        db.Articles.AddRange(articles);
        await db.SaveChangesAsync(Ct);
        await TeaserLinker.LinkAsync(db, articles, Ct);
        db.ChangeLog.AddRange(articles.Select(a => new ChangeLogEntry { ArticleId = a.Id, Kind = ChangeKind.Created, At = now }));
        await db.SaveChangesAsync(Ct);
        await tx.CommitAsync(Ct);
        return articles.Count;
    }

    private static async Task<List<string>> VersionFormsAsync(TestStore store) =>
        [.. (await StoredRows.ReadAsync<Article>(store, "Id")).Select(row => row.Split(" | ").Single(c => c.StartsWith("Version=", StringComparison.Ordinal)))
            .Select(v => $"{v.Split(':')[0]} length {v.Length} upper {!v.Any(char.IsLower)}")];
}
