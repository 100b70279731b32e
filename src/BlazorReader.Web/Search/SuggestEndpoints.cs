using BlazorReader.Search.Completion;
using BlazorReader.Web.Components.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BlazorReader.Web.Search;

public sealed record SuggestItemJson(string Text, string Kind, string Path);

public sealed record SuggestJson(string Q, IReadOnlyList<SuggestItemJson> Items);

// /api/suggest?q=: the search box's completions as the reader types. Published articles only,
// for everyone (an editor's drafts stay in the admin's search), so one answer suits every
// reader and browsers may keep it a minute. A phrase's path is its search; a headline's, its
// article.
public static class SuggestEndpoints
{
    public const int MaxQueryLength = 100;

    public static void MapSuggestApi(this IEndpointRouteBuilder app) => app.MapGet("/api/suggest", Suggest);

    // q is read from the query string by hand, so that a repeated or odd value is answered
    // with a message rather than a binding failure.
    private static Results<Ok<SuggestJson>, ProblemHttpResult> Suggest(ArticleCompletions completions, HttpContext http)
    {
        var values = http.Request.Query["q"];
        var problem = values.Count > 1 ? "Give q once." : Problem(values.ToString());
        if (problem is not null)
        {
            return TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest);
        }
        var q = values.ToString();
        var items = completions.Suggest(q).Select(i => new SuggestItemJson(i.Text, i.Kind == CompletionKind.Title ? "title" : "phrase",
            i.Kind == CompletionKind.Title ? ArticlePaths.Of(i.ArticleId!.Value, i.Slug ?? "") : "/search?q=" + Uri.EscapeDataString(i.Text)));
        http.Response.Headers.CacheControl = "public, max-age=60";
        return TypedResults.Ok(new SuggestJson(q, [.. items]));
    }

    private static string? Problem(string q) => q switch
    {
        { Length: > MaxQueryLength } => $"q is at most {MaxQueryLength} characters.",
        _ when q.Any(char.IsControl) => "q must not hold control characters.",
        _ when ArticleCompletions.LettersIn(q) < ArticleCompletions.MinLetters => $"Write at least {ArticleCompletions.MinLetters} letters in q.",
        _ => null,
    };
}
