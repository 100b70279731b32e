using System.Globalization;
using BlazorReader.Core.Articles;
using BlazorReader.Data.Accounts;
using BlazorReader.Search;
using BlazorReader.Search.Following;
using BlazorReader.Web.Components.Shared;

namespace BlazorReader.Web.Search;

public static class SearchEndpoints
{
    public static void MapSearchApi(this WebApplication app) => app.MapGet("/api/search", Search);

    // Answered from the index alone (it keeps each article's slug and source URL): no store
    // lookup per search.
    private static IResult Search([AsParameters] SearchInput input, ArticleIndex index, StoreIndexer indexer, HttpContext http)
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
        return Results.Ok(new
        {
            total = results.Total,
            building = indexer.IsCatchingUp,
            problem = results.Problem?.ToString(),
            suggestion = results.Suggestion,
            items = results.Items.Select(i => new
            {
                id = i.Id,
                title = i.Title,
                path = ArticlePaths.Of(i.Id, i.Slug),
                sourceUrl = i.SourceUrl,
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
}
