using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing.Authored;
using BlazorReader.Data.Articles;
using BlazorReader.Data.Curation;
using BlazorReader.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Importing;

// A Markdown article as a row. It takes the edit page's path, not the cleaner's: its fields are
// checked as the edit form checks them (ArticleEdit.Problems) and its body is read as an
// editor's (EditedBody), so an imported body and an edited one are one format.
internal static class AuthoredArticleRow
{
    // Newer than every cleaner: `reclean` passes by an article a person wrote, as it has no raw
    // text for the cleaner (its raw text is the Markdown file).
    public const int NotCleaned = int.MaxValue;

    public static (Article? Article, CleanedArticle? Body, string? Error) Prepare(RawArticle raw, AuthoredArticle authored,
        ArticleStatus defaultStatus, DateTime now)
    {
        if (Problems(raw, authored) is { } problems)
        {
            return (null, null, problems);
        }
        var (blocks, _) = EditedBody.Read(authored.Body);
        if (blocks.Count == 0)
        {
            return (null, null, "the article has no body after its front matter");
        }
        var body = new CleanedArticle(raw.Title!.Trim(), false, null, null, null, null, false, blocks, [], []);
        var article = new Article { Status = authored.Status ?? defaultStatus };
        ArticleAssembler.Apply(article, raw, body, now);
        Apply(article, authored);
        return (article, body, null);
    }

    // What the edit form would refuse, said as it says it; asked before the pictures are stored too.
    public static string? Problems(RawArticle raw, AuthoredArticle authored)
    {
        var edit = new ArticleEdit(raw.Title ?? "", Slug.From(authored.Slug ?? ""), authored.Tags, authored.Status ?? ArticleStatus.Draft,
            raw.PublishedAt, raw.Source, authored.Body);
        return edit.Problems() is { Count: > 0 } problems ? string.Join("; ", problems.Select(p => $"{p.Key}: {p.Value}")) : null;
    }

    // What a front matter sets beyond a cleaned import's fields, on a new or a stored article.
    public static void Apply(Article article, AuthoredArticle authored)
    {
        if (authored.Status is { } status)
        {
            article.Status = status;
        }
        // Slug.From never answers empty ("article"): without a slug given, the title's stands.
        if (!string.IsNullOrWhiteSpace(authored.Slug))
        {
            article.Slug = Slug.From(authored.Slug);
        }
        article.LeadMediaId = authored.LeadMediaId;
        article.CleanerVersion = NotCleaned;
    }

    // New rows are written without change tracking; their tags are joined here, one article at a
    // time so that a tag new to the store is created once however many articles carry it.
    public static async Task AddTagsAsync(ReaderDbContext db, IEnumerable<PreparedArticle> created, CancellationToken ct)
    {
        foreach (var prepared in created.Where(p => p.Authored is { Tags.Count: > 0 }))
        {
            var stored = new Article { Id = prepared.Article.Id };
            db.Attach(stored);
            stored.Tags.AddRange(await ArticleChanges.TagsAsync(db, prepared.Authored!.Tags, ct));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    public static async Task SetTagsAsync(ReaderDbContext db, Article stored, AuthoredArticle authored, CancellationToken ct)
    {
        stored.Tags.Clear();
        stored.Tags.AddRange(await ArticleChanges.TagsAsync(db, authored.Tags, ct));
    }
}
