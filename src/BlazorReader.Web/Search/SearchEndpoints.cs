using BlazorReader.Core.Articles;
using BlazorReader.Data.Accounts;
using BlazorReader.Search;
using BlazorReader.Search.Following;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BlazorReader.Web.Search;

public static class SearchEndpoints
{
    public static void MapSearchApi(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/search").MapGet("/", Search);

    // Answered from the index alone (it keeps each article's slug and source URL): no store
    // lookup per search.
    private static Results<Ok<SearchResultsJson>, ProblemHttpResult> Search(
        [AsParameters] SearchInput input, ArticleIndex index, StoreIndexer indexer, HttpContext http)
    {
        var (request, error) = input.ToRequest();
        if (request is null)
        {
            return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest);
        }
        // Editors search everything (drafts and hidden included) unless they narrow it; readers see what is published.
        var editor = http.User.IsInRole(Roles.Admin) || http.User.IsInRole(Roles.Editor);
        var statuses = input.Statuses();
        if (statuses is { Count: 0 })
        {
            return TypedResults.Problem("status is all, or a comma-separated list of published, draft, hidden.", statusCode: StatusCodes.Status400BadRequest);
        }
        if (!editor && statuses is not null && statuses.Any(s => s != ArticleStatus.Published))
        {
            return TypedResults.Problem("Drafts and hidden articles are searchable by signed-in editors only.", statusCode: StatusCodes.Status403Forbidden);
        }
        request = request with { Statuses = editor ? statuses ?? Enum.GetValues<ArticleStatus>() : null };
        return TypedResults.Ok(SearchResultsJson.From(SearchLatency.Search(index, request, "api"), indexer.IsCatchingUp));
    }
}
