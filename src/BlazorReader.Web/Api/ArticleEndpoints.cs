using BlazorReader.Core.Articles;
using BlazorReader.Data;
using BlazorReader.Data.Articles;
using BlazorReader.Web.Components.Shared;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Web.Api;

// Read-only article API. Public callers see published articles only.
public static class ArticleEndpoints
{
    public static void MapArticleApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/articles");
        api.MapGet("/", FindBySourceUrlAsync);
        api.MapGet("/{id:int}", GetAsync);
    }

    private static async Task<IResult> FindBySourceUrlAsync(string? sourceUrl, IDbContextFactory<ReaderDbContext> contexts, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(sourceUrl))
        {
            return Results.Problem("Give the article's address as ?sourceUrl=…", statusCode: StatusCodes.Status400BadRequest);
        }
        if (sourceUrl.Length > ReaderDbContext.MaxSourceUrlLength)
        {
            return Results.Problem($"sourceUrl is longer than {ReaderDbContext.MaxSourceUrlLength} characters.", statusCode: StatusCodes.Status400BadRequest);
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        var url = sourceUrl.Trim();
        var items = await db.Articles.AsNoTracking()
            .Where(a => a.SourceUrl == url && a.Status == ArticleStatus.Published)
            .Select(a => new { a.Id, a.Title, a.Slug, a.SourceUrl }).ToListAsync(ct);
        return Results.Ok(new { items = items.Select(a => new ArticleLinkJson(a.Id, a.Title, ArticlePaths.Of(a.Id, a.Slug), a.SourceUrl)) });
    }

    private static async Task<IResult> GetAsync(int id, IDbContextFactory<ReaderDbContext> contexts, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var article = await db.Articles.AsNoTracking()
            .Include(a => a.Teasers).Include(a => a.Tags).AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id && a.Status == ArticleStatus.Published, ct);
        if (article is null)
        {
            return Results.Problem($"No published article has id {id}.", statusCode: StatusCodes.Status404NotFound);
        }
        var linked = article.Teasers.Where(t => t.LinkedArticleId is not null).Select(t => t.LinkedArticleId!.Value).ToList();
        var teaserPaths = await db.Articles.AsNoTracking()
            .Where(a => linked.Contains(a.Id) && a.Status == ArticleStatus.Published)
            .ToDictionaryAsync(a => a.Id, a => ArticlePaths.Of(a.Id, a.Slug), ct);
        var related = await RelatedStoryQuery.ForAsync(db, id, ct);
        return Results.Ok(ArticleJson.From(article, teaserPaths) with { Related = [.. related.Select(RelatedJson.From)] });
    }
}
