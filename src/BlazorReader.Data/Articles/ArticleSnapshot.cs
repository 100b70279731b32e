namespace BlazorReader.Data.Articles;

// The raw input an article had before a re-import changed it: raw text is never lost.
public class ArticleSnapshot
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public string RawText { get; set; } = "";
    public string? RawTitle { get; set; }
    public string ContentHash { get; set; } = "";
    public DateTime CapturedAt { get; set; }
}
