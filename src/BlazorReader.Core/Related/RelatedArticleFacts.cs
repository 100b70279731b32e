namespace BlazorReader.Core.Related;

// What the list rules must know about a candidate, supplied by whoever holds the articles.
// TextKey is the id of the first stored copy of the same text (its own id when it is the
// only one), so the same text under another URL is recognised as a repeat. HeadlineKey is
// the normalised headline's hash (0: unknown), so one headline is never listed twice.
public sealed record RelatedArticleFacts(string Source, bool IsPublic, int SameStoryCluster, int TextKey, ulong HeadlineKey = 0);

// The inputs for one article's list. Hidden holds the ids an editor removed from this list.
// SameStory (the article's twins) is no longer listed: the page's coverage section shows the
// story; it stays for callers that still read it.
public sealed record RelatedRequest(
    int ArticleId,
    IReadOnlyList<int> Pins,
    IReadOnlyCollection<int> Hidden,
    IReadOnlyList<ScoredArticle> Teasers,
    IReadOnlyList<ScoredArticle> SameStory,
    IReadOnlyList<ScoredArticle> Topical);
