using BlazorReader.Data.Articles;

namespace BlazorReader.Data.Importing;

// The bulk write path for new articles: one reused insert per table inside the batch's
// transaction instead of change tracking, which cost most of an import's time.
internal sealed class NewArticleRows : IAsyncDisposable
{
    private readonly RowInserter<Article> articles;
    private readonly RowInserter<ArticleTeaser> teasers;
    private readonly RowInserter<RemovedFragmentRecord> fragments;

    private NewArticleRows(ReaderDbContext db, RowColumns<Article> articleColumns)
    {
        articles = RowInserter<Article>.Create(db, articleColumns);
        teasers = RowInserter<ArticleTeaser>.Create(db);
        fragments = RowInserter<RemovedFragmentRecord>.Create(db);
    }

    // Commands are bound to the transaction open on db when they are made; the articles' row
    // values must come from articleColumns.
    public static NewArticleRows Create(ReaderDbContext db, RowColumns<Article> articleColumns) => new(db, articleColumns);

    // The article rows first: their ids are needed to link teasers before those are written.
    public async Task InsertArticlesAsync(IEnumerable<PreparedArticle> created, CancellationToken ct)
    {
        foreach (var prepared in created)
        {
            prepared.Article.Id = checked((int)await articles.InsertRowAsync(prepared.Row, ct));
        }
    }

    // Their own ids are not needed back, so they go many rows to a statement.
    public async Task InsertChildrenAsync(IEnumerable<Article> created, CancellationToken ct)
    {
        var newTeasers = new List<ArticleTeaser>();
        var newFragments = new List<RemovedFragmentRecord>();
        foreach (var article in created)
        {
            foreach (var teaser in article.Teasers)
            {
                teaser.ArticleId = article.Id;
                newTeasers.Add(teaser);
            }
            foreach (var fragment in article.RemovedFragments)
            {
                fragment.ArticleId = article.Id;
                newFragments.Add(fragment);
            }
        }
        await teasers.InsertAllAsync(newTeasers, ct);
        await fragments.InsertAllAsync(newFragments, ct);
    }

    public async ValueTask DisposeAsync()
    {
        await articles.DisposeAsync();
        await teasers.DisposeAsync();
        await fragments.DisposeAsync();
    }
}
