using BlazorReader.Core.Articles;

namespace BlazorReader.Search;

// What the index knows of an article; built by the web app and the CLI from the store.
public sealed record SearchDocument(
    int Id,
    string Title,
    string Body,
    string? Source,
    IReadOnlyList<string> Tags,
    ArticleStatus Status,
    DateTime? PublishedAt);
