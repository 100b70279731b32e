using BlazorReader.Core.Articles;

namespace BlazorReader.Search;

// What a caller asks for. Statuses null means the public view (Published only); editors pass
// the statuses they want to see. Page is 1-based.
public sealed record SearchRequest(string Query)
{
    public int Page { get; init; } = 1;
    public int Size { get; init; } = 10;
    public string? Source { get; init; }
    public string? Tag { get; init; }
    public DateTime? From { get; init; }
    public DateTime? To { get; init; }
    public IReadOnlyCollection<ArticleStatus>? Statuses { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public bool WithSnippets { get; init; } = true;

    // The words exactly as typed: no look-alikes searched for a word the articles never use
    // (a reader who typed a rare name right asks for it once the correction is offered).
    public bool AsTyped { get; init; }
}

public enum SearchSort
{
    Relevance,
    Newest,
}
