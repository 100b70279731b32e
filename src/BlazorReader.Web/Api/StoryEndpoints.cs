using BlazorReader.Data.Queries;
using BlazorReader.Web.Feeds;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BlazorReader.Web.Api;

// Read-only story API: a story with its published articles. Errors are problem details.
public static class StoryEndpoints
{
    public static void MapStoryApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/stories/{id:int}", GetAsync);

    private static async Task<Results<Ok<StoryJson>, ProblemHttpResult>> GetAsync(int id, HttpRequest request, StoryPageQuery stories,
        SourceNamesQuery sources, MediaQuery media, CancellationToken ct)
    {
        if (await stories.ReadAsync(id, ct) is not { } found)
        {
            return TypedResults.Problem($"No story has id {id}.", statusCode: StatusCodes.Status404NotFound);
        }
        var names = await sources.NamesAsync(ct);
        var pictures = await media.PicturesAsync([.. found.Members.Select(m => m.LeadMediaId).OfType<int>().Distinct()], ct);
        return TypedResults.Ok(StoryJson.From(found, names.NameOf, pictures, new Uri(request.Origin() + "/")));
    }
}
