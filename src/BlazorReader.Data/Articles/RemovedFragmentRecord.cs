namespace BlazorReader.Data.Articles;

// What the cleaner removed from one article and why, so an editor can review and restore it.
public class RemovedFragmentRecord
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int Position { get; set; }
    public string Text { get; set; } = "";
    public string Reason { get; set; } = "";
    public int Line { get; set; }
}
