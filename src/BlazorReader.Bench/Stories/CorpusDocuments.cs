using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;
using BlazorReader.Core.Related;

namespace BlazorReader.Bench.Stories;

// The corpus as the related index sees it after import (cleaned headline and body blocks),
// read straight into memory: the story figures do not need the store, and skipping the
// import keeps a run to a few minutes on a shared machine. Ids follow the corpus order;
// IdByKey finds an article by its paper and its URL's path (the first, if crawled twice).
internal sealed record CorpusDocuments(List<RelatedDocument> Articles, IReadOnlyDictionary<string, int> IdByKey)
{
    // Undated articles get a fixed date, so runs compare.
    private static readonly DateTime Undated = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static CorpusDocuments Read(string corpus)
    {
        var cleaner = new ArticleCleaner();
        var raws = ArticleSourceReader.Read(corpus).Where(i => i.Article is not null).Select(i => i.Article!).ToList();
        List<RelatedDocument> articles = [.. raws.AsParallel().AsOrdered().Select((raw, i) => Document(cleaner, raw, i + 1))];
        var idByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < raws.Count; i++)
        {
            if (raws[i].SourceUrl is { } url && PathOf(url) is { } path)
            {
                idByKey.TryAdd(Key(raws[i].Source ?? "", path), i + 1);
            }
        }

        return new CorpusDocuments(articles, idByKey);
    }

    public static RelatedDocument Document(ArticleCleaner cleaner, RawArticle raw, int id)
    {
        ArgumentNullException.ThrowIfNull(cleaner);
        ArgumentNullException.ThrowIfNull(raw);
        var cleaned = cleaner.Clean(raw);
        var date = raw.PublishedAt ?? (cleaned.PublishedAt is { } day ? day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : Undated);
        return new RelatedDocument(id, cleaned.Title, string.Join("\n", cleaned.Blocks.Select(b => b.Text)), raw.Source ?? "", date);
    }

    public static string Key(string source, string path) => source + " " + path;

    // The URL from the first slash after the host on, as written (no host kept in the labels).
    private static string? PathOf(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        var slash = scheme < 0 ? -1 : url.IndexOf('/', scheme + 3);
        return slash < 0 ? null : url[slash..];
    }
}
