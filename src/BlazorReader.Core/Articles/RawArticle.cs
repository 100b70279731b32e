namespace BlazorReader.Core.Articles;

// An article as it arrives: decoded text plus whatever metadata the source gave.
// Origin says where it came from (file and position) for error reports.
public sealed record RawArticle(
    string Text,
    string? Title = null,
    string? Source = null,
    string? SourceUrl = null,
    string? Author = null,
    DateTime? PublishedAt = null,
    string? Origin = null,
    IReadOnlyDictionary<string, string>? Extra = null);
