using BlazorReader.Core.Articles;

namespace BlazorReader.Search;

// What the index knows of an article; built by the web app and the CLI from the store.
// Slug and SourceUrl are only kept, so that a result links to its article without a
// store lookup per search.
public sealed record SearchDocument(
    int Id,
    string Title,
    string Body,
    string? Source,
    IReadOnlyList<string> Tags,
    ArticleStatus Status,
    DateTime? PublishedAt,
    string Slug = "",
    string? SourceUrl = null);
