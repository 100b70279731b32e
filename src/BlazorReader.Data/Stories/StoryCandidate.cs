namespace BlazorReader.Data.Stories;

// What story assignment reads of an article: enough to group it, name the group and keep
// the group's stored id. Only published articles belong to stories (readers see stories).
public sealed record StoryCandidate(int Id, string Title, string? Source, DateTime SortDate, int? StoryId, bool IsPublished);
