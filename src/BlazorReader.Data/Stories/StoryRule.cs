namespace BlazorReader.Data.Stories;

public enum StoryRuleKind
{
    // The article is kept out of every computed story (an editor split it out).
    Apart = 0,
    // The article and OtherArticleId are one story whatever the evidence (an editor merged).
    Together = 1,
}

// An editor's decision the computed grouping obeys: recomputing stories never undoes it.
public class StoryRule
{
    public int Id { get; set; }
    public StoryRuleKind Kind { get; set; }
    public int ArticleId { get; set; }
    public int? OtherArticleId { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}
