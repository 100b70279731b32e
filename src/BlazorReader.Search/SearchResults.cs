namespace BlazorReader.Search;

// Problem is set when the query could not be searched as given (nothing searchable left);
// it is a message for the reader, never an exception. Suggestion is offered when a query
// word is found nowhere in the index: the reader's query with that word corrected (the
// results already include the correction's matches).
public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Items,
    SearchFacets Facets,
    string? Suggestion = null,
    SearchQueryProblem? Problem = null,
    bool QueryTruncated = false)
{
    public static SearchResults Empty(SearchQueryProblem? problem, bool truncated) =>
        new(0, [], SearchFacets.None, null, problem, truncated);
}

// Snippet is HTML: escaped article text with <mark> around matched words.
public sealed record SearchHit(int Id, float Score, string Title, string Snippet, string? Source, DateTime? PublishedAt,
    string Slug = "", string? SourceUrl = null);

public sealed record FacetCount(string Value, int Count);

public sealed record SearchFacets(IReadOnlyList<FacetCount> Sources, IReadOnlyList<FacetCount> Years, IReadOnlyList<FacetCount> Months)
{
    public static SearchFacets None { get; } = new([], [], []);
}

public enum SearchQueryProblem
{
    Empty,
    OnlyStopwordsOrMarks,
    OnlyExclusions,
}
