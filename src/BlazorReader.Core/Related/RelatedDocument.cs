namespace BlazorReader.Core.Related;

// What related-story selection needs to know about an article: its text, where it came
// from and when. Ids are the store's article ids.
public sealed record RelatedDocument(int Id, string Title, string Body, string Source, DateTime PublishedAt);

public sealed record ScoredArticle(int ArticleId, double Score);
