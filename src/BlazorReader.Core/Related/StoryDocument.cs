namespace BlazorReader.Core.Related;

// What related-story finding knows of an article.
public sealed record StoryDocument(int Id, string Title, string Body, string? Source, DateTime Date);

public enum RelatedKind
{
    Pinned = 0,
    Teaser = 1,
    SameStory = 2,
    Topical = 3,
}

public sealed record RelatedItem(int ArticleId, RelatedKind Kind, double Score);
