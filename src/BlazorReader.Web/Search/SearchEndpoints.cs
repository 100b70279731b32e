using System.Globalization;
using BlazorReader.Core.Articles;
using BlazorReader.Data;
using BlazorReader.Data.Accounts;
using BlazorReader.Search;
using BlazorReader.Web.Components.Shared;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Web.Search;

public static class SearchEndpoints
{
    public static void MapSearchApi(this WebApplication app) => app.MapGet("/api/search", SearchAsync);

    private static async Task<IResult> SearchAsync([AsParameters] SearchInput input, ArticleIndex index,
        IDbContextFactory<ReaderDbContext> contexts, SearchIndexFollower follower, HttpContext http, CancellationToken ct)
    {
        var (request, error) = input.ToRequest();
        if (request is null)
        {
            return Results.Problem(error, statusCode: StatusCodes.Status400BadRequest);
        }
        // Editors search everything (drafts and hidden included) unless they narrow it; readers see what is published.
        var editor = http.User.IsInRole(Roles.Admin) || http.User.IsInRole(Roles.Editor);
        var statuses = input.Statuses();
        if (statuses is { Count: 0 })
        {
            return Results.Problem("status is all, or a comma-separated list of published, draft, hidden.", statusCode: StatusCodes.Status400BadRequest);
        }
        if (!editor && statuses is not null && statuses.Any(s => s != ArticleStatus.Published))
        {
            return Results.Problem("Drafts and hidden articles are searchable by signed-in editors only.", statusCode: StatusCodes.Status403Forbidden);
        }
        request = request with { Statuses = editor ? statuses ?? Enum.GetValues<ArticleStatus>() : null };
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
    // Only the three columns are read: the whole row carries the raw text, the Markdown and
    // the blocks, which made this lookup cost more than the search itself.
    public static async Task<Dictionary<int, ArticleLink>> LinksAsync(IDbContextFactory<ReaderDbContext> contexts, IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.ToList();
        if (list.Count == 0)
        {
            return [];
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Articles.Where(a => list.Contains(a.Id)).Select(a => new { a.Id, a.Slug, a.SourceUrl }).ToListAsync(ct);
        return rows.ToDictionary(a => a.Id, a => new ArticleLink(ArticlePaths.Of(a.Id, a.Slug), a.SourceUrl));
    }
}
