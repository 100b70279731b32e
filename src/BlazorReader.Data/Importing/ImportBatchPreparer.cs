using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Articles;

namespace BlazorReader.Data.Importing;

// The part of an import that needs no database: cleaning and assembling the rows. It is the
// heavy part, so a batch is prepared on every core while the previous batch is being written.
// What the store and the earlier batches hold is known to the cleaner: a line that names one
// of those articles is a teaser. The batch's own headlines are known before it is cleaned, its
// leads only after (a raw text's first lines may be chrome).
internal sealed class ImportBatchPreparer(ArticleCleaner cleaner, TimeProvider clock, ArticleStatus status,
    RowColumns<Article> columns, KnownStories known)
{
    private const string NoBodyLeft = "nothing of the article is left after cleaning";

    public PreparedBatch Prepare(ImportItem[] batch)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var item in batch)
        {
            known.Add(item.Article?.Title, null);
        }
        var results = batch.AsParallel().AsOrdered().Select(item => (Item: item, Result: Prepare(item, now))).ToArray();
        var prepared = new List<PreparedArticle>(batch.Length);
        var errors = new List<ImportError>();
        var noBody = 0;
        foreach (var (item, (ok, error)) in results)
        {
            if (ok is { } p)
            {
                prepared.Add(p);
                known.Add(p.Article.Title, p.Article.Lead);
            }
            else if (error == NoBodyLeft)
            {
                noBody++;
            }
            else
            {
                errors.Add(new ImportError(item.Origin, error ?? item.Error ?? ErrorOf(item)));
            }
        }
        var warnings = prepared.SelectMany(p => p.Authored?.Warnings.Select(w => new ImportError(p.Raw.Origin ?? "", w)) ?? []).ToList();
        return new PreparedBatch(prepared, errors, noBody, now) { Warnings = warnings };
    }

    private (PreparedArticle? Ok, string? Error) Prepare(ImportItem item, DateTime now)
    {
        if (item.Article is not { } raw || string.IsNullOrWhiteSpace(raw.Text)
            || raw.SourceUrl is { Length: > ReaderDbContext.MaxSourceUrlLength })
        {
            return (null, null);
        }
        if (item.Authored is { } authored)
        {
            var (row, body, problem) = AuthoredArticleRow.Prepare(raw, authored, status, now);
            return row is null ? (null, problem) : (new PreparedArticle(raw, body!, row, columns.RowOf(row), authored), null);
        }
        CleanedArticle cleaned;
        try
        {
            cleaned = cleaner.Clean(raw, known);
        }
#pragma warning disable CA1031 // one article the cleaner cannot handle must not stop the import
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (null, "the cleaner failed: " + e.Message);
        }
        if (cleaned.Blocks.Count == 0)
        {
            return (null, NoBodyLeft);
        }
        var article = new Article { Status = status };
        ArticleAssembler.Apply(article, raw, cleaned, now);
        return (new PreparedArticle(raw, cleaned, article, columns.RowOf(article)), null);
    }

    private static string ErrorOf(ImportItem item) => item.Article switch
    {
        null => "nothing could be read",
        { SourceUrl.Length: > ReaderDbContext.MaxSourceUrlLength } =>
            $"the source URL is longer than {ReaderDbContext.MaxSourceUrlLength} characters",
        { Text: var t } when string.IsNullOrWhiteSpace(t) => "the article has no text",
        _ => "the article could not be read",
    };
}
