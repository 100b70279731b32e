namespace BlazorReader.Core.Articles;

public sealed record CleanedArticle(
    string Title,
    bool TitleDerived,
    string? Byline,
    string? Dateline,
    string? Attribution,
    DateOnly? PublishedAt,
    bool PublishedAtInferred,
    IReadOnlyList<ContentBlock> Blocks,
    IReadOnlyList<Teaser> Teasers,
    IReadOnlyList<RemovedFragment> Removed,
    string Markdown);
