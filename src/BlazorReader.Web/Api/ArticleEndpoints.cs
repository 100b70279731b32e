using BlazorReader.Data;
using BlazorReader.Data.Queries;
using BlazorReader.Web.Components.Shared;
using BlazorReader.Web.Feeds;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BlazorReader.Web.Api;

// Read-only article API. Public callers see published articles only. Errors are problem
// details with a message (a bare NotFound would be re-executed into the HTML status page).
public static class ArticleEndpoints
{
    public static void MapArticleApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/articles");
        api.MapGet("/", FindBySourceUrlAsync);
        api.MapGet("/{id:int}", GetAsync);
    }

    private static async Task<Results<Ok<ArticleLinksJson>, ProblemHttpResult>> FindBySourceUrlAsync(
        string? sourceUrl, SourceUrlQuery articles, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(sourceUrl))
        {
            return TypedResults.Problem("Give the article's address as ?sourceUrl=…", statusCode: StatusCodes.Status400BadRequest);
        }
        if (sourceUrl.Length > ReaderDbContext.MaxSourceUrlLength)
        {
            return TypedResults.Problem($"sourceUrl is longer than {ReaderDbContext.MaxSourceUrlLength} characters.", statusCode: StatusCodes.Status400BadRequest);
        }
        var found = await articles.FindAsync(sourceUrl.Trim(), ct);
        return TypedResults.Ok(new ArticleLinksJson([.. found.Select(a => new ArticleLinkJson(a.Id, a.Title, ArticlePaths.Of(a.Id, a.Slug), a.SourceUrl))]));
    }

    private static async Task<Results<Ok<ArticleJson>, ProblemHttpResult>> GetAsync(int id, HttpRequest request, PublishedArticleQuery articles,
        SourceNamesQuery sources, CancellationToken ct)
    {
        return await articles.FindAsync(id, ct) is { } found
            ? TypedResults.Ok(ArticleJson.From(found, await sources.NamesAsync(ct), new Uri(request.Origin() + "/")))
            : TypedResults.Problem($"No published article has id {id}.", statusCode: StatusCodes.Status404NotFound);
    }
}
