using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;
using BlazorReader.Core.Related;

namespace BlazorReader.Bench.Stories;

// The corpus as the related index sees it after import (cleaned headline and body blocks),
// read straight into memory: the story figures do not need the store, and skipping the
// import keeps a run to a few minutes on a shared machine. Ids follow the corpus order.
internal static class CorpusDocuments
{
    // Undated articles get a fixed date, so runs compare.
    private static readonly DateTime Undated = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static List<RelatedDocument> Read(string corpus)
    {
        var cleaner = new ArticleCleaner();
        var raws = ArticleSourceReader.Read(corpus).Where(i => i.Article is not null).Select(i => i.Article!).ToList();
        return [.. raws.AsParallel().AsOrdered().Select((raw, i) =>
        {
            var cleaned = cleaner.Clean(raw);
            var date = raw.PublishedAt ?? (cleaned.PublishedAt is { } day ? day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : Undated);
            return new RelatedDocument(i + 1, cleaned.Title, string.Join("\n", cleaned.Blocks.Select(b => b.Text)), raw.Source ?? "", date);
        })];
    }
}
