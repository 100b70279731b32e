using System.Runtime.CompilerServices;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Related;
using BlazorReader.Data.Articles;
using Microsoft.EntityFrameworkCore;
using BlazorReader.Core.Markdown;

namespace BlazorReader.Data.Related;

// An article as related-story finding reads it, plus a hash of exactly that text: a change
// whose hash matches needs no re-indexing, only fresh lists.
public sealed record IndexedArticle(RelatedDocument Document, ArticleStatus Status, ulong TextHash);

public static class IndexedArticles
{
    private const int PageSize = 2000;

    public static async Task<List<IndexedArticle>> ReadAllAsync(ReaderDbContext db, CancellationToken ct)
    {
        var all = new List<IndexedArticle>();
        await foreach (var page in ReadPagesAsync(db, ct))
        {
            all.AddRange(page);
        }
        return all;
    }

    // Every article in id order, a page at a time, for readers that need not hold them all.
    public static async IAsyncEnumerable<List<IndexedArticle>> ReadPagesAsync(ReaderDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        var lastId = 0;
        while (true)
        {
            var page = await Query(db.Articles.Where(a => a.Id > lastId).OrderBy(a => a.Id).Take(PageSize)).ToListAsync(ct);
            if (page.Count == 0)
            {
                yield break;
            }
            yield return [.. page.Select(Of)];
            lastId = page[^1].Id;
        }
    }

    public static async Task<Dictionary<int, IndexedArticle>> ReadAsync(ReaderDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct) =>
        (await Query(db.Articles.Where(a => ids.Contains(a.Id))).ToListAsync(ct)).Select(Of).ToDictionary(a => a.Document.Id);

    private static IQueryable<Row> Query(IQueryable<Article> articles) =>
        articles.AsNoTracking().Select(a => new Row(a.Id, a.Title, a.Blocks, a.Source, a.SortDate, a.Status));

    private static IndexedArticle Of(Row a)
    {
        var document = new RelatedDocument(a.Id, a.Title, BodyText.Of(a.Blocks), a.Source ?? "", a.SortDate);
        var hash = StableHash.Fnv1a($"{document.Title}\n{document.Body}\n{document.Source}");
        return new IndexedArticle(document, a.Status, StableHash.Combine(hash, (ulong)document.PublishedAt.Ticks));
    }

    private sealed record Row(int Id, string Title, List<ContentBlock> Blocks, string? Source, DateTime SortDate, ArticleStatus Status);
}
