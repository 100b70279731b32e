using System.Globalization;
using BlazorReader.Search;
using BlazorReader.Web.Components.Shared;

namespace BlazorReader.Web.Search;

public sealed record SearchItemJson(int Id, string Title, string Path, string? SourceUrl, string Snippet, string? Source, string? PublishedAt, float Score);

public sealed record FacetValueJson(string Value, int Count);

public sealed record SearchFacetsJson(IReadOnlyList<FacetValueJson> Source, IReadOnlyList<FacetValueJson> Year, IReadOnlyList<FacetValueJson> Month);

// /api/search's answer. Building: this instance's index is still catching up with the store,
// so a missing article may only be not indexed yet.
public sealed record SearchResultsJson(int Total, bool Building, string? Problem, string? Suggestion, IReadOnlyList<SearchItemJson> Items, SearchFacetsJson Facets)
{
    public static SearchResultsJson From(SearchResults results, bool building)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new(results.Total, building, results.Problem?.ToString(), results.Suggestion,
            [.. results.Items.Select(i => new SearchItemJson(i.Id, i.Title, ArticlePaths.Of(i.Id, i.Slug), i.SourceUrl, i.Snippet, i.Source,
                i.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), i.Score))],
            new SearchFacetsJson(Values(results.Facets.Sources), Values(results.Facets.Years), Values(results.Facets.Months)));
    }

    private static FacetValueJson[] Values(IReadOnlyList<FacetCount> counts) => [.. counts.Select(f => new FacetValueJson(f.Value, f.Count))];
}
