namespace BlazorReader.Data.Articles;

// A related-story teaser that came with the article; linked once a stored article matches it.
public class ArticleTeaser
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int Position { get; set; }
    public string Text { get; set; } = "";
    public string NormalizedText { get; set; } = "";
    public int? LinkedArticleId { get; set; }
}
