namespace BlazorReader.Data.Articles;

public class Tag
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public List<Article> Articles { get; set; } = [];
}
