using System.Globalization;
using BlazorReader.Data;
using BlazorReader.Search;
using BlazorReader.Web.Components.Shared;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Web.Search;

public static class SearchEndpoints
{
    public static void MapSearchApi(this WebApplication app) => app.MapGet("/api/search", SearchAsync);

    private static async Task<IResult> SearchAsync([AsParameters] SearchInput input, ArticleIndex index,
        IDbContextFactory<ReaderDbContext> contexts, SearchIndexFollower follower, CancellationToken ct)
    {
        var (request, error) = input.ToRequest();
        if (request is null)
        {
            return Results.Problem(error, statusCode: StatusCodes.Status400BadRequest);
        }
        var results = index.Search(request);
        var links = await LinksAsync(contexts, results.Items.Select(i => i.Id), ct);
        return Results.Ok(new
        {
            total = results.Total,
            building = follower.IsCatchingUp,
            problem = results.Problem?.ToString(),
            suggestion = results.Suggestion,
            items = results.Items.Where(i => links.ContainsKey(i.Id)).Select(i => new
            {
                id = i.Id,
                title = i.Title,
                path = links[i.Id].Path,
                sourceUrl = links[i.Id].SourceUrl,
                snippet = i.Snippet,
                source = i.Source,
                publishedAt = i.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                score = i.Score,
            }),
            facets = new
            {
                source = results.Facets.Sources.Select(f => new { value = f.Value, count = f.Count }),
                year = results.Facets.Years.Select(f => new { value = f.Value, count = f.Count }),
                month = results.Facets.Months.Select(f => new { value = f.Value, count = f.Count }),
            },
        });
    }

    public sealed record ArticleLink(string Path, string? SourceUrl);

    // Paths come from the store: the index knows ids and titles, the store knows slugs.
    public static async Task<Dictionary<int, ArticleLink>> LinksAsync(IDbContextFactory<ReaderDbContext> contexts, IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Articles.AsNoTracking().Where(a => list.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => new ArticleLink(ArticlePaths.Of(a.Id, a.Slug), a.SourceUrl), ct);
    }
}
