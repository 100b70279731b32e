namespace BlazorReader.Data.Articles;

public enum RelatedLinkKind
{
    Pinned = 0,
    Teaser = 1,
    SameStory = 2,
    Topical = 3,
}

// One entry of an article's stored related list, computed at write time so that a page
// does no similarity work; Position is the order readers see.
public class RelatedLink
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int RelatedArticleId { get; set; }
    public RelatedLinkKind Kind { get; set; }
    public double Score { get; set; }
    public int Position { get; set; }
    // What the reader is shown for the link: the names or places the two share.
    public string? Reason { get; set; }
}

// An editor's decision about one article's list: pin a story (in order) or hide one.
public class RelatedOverride
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int OtherArticleId { get; set; }
    public bool Hidden { get; set; }
    public int Position { get; set; }
}
