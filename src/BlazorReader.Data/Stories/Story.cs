namespace BlazorReader.Data.Stories;

// One event told by one or more papers: the articles whose StoryId names it. Computed at write
// time from the same-story evidence (the related-lists follower keeps it current); only a
// group of two papers or more is a story, an article told by one paper alone has none.
// Title is chosen from the members; EditorTitle, when an editor retitled it, wins.
public class Story
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string? EditorTitle { get; set; }
    public string Slug { get; set; } = "";
    public DateTime FirstPublishedAt { get; set; }
    public DateTime LastPublishedAt { get; set; }
    public int ArticleCount { get; set; }
    public int SourceCount { get; set; }
    public DateTime UpdatedAt { get; set; }

    public string DisplayTitle => EditorTitle ?? Title;

    public string Path => $"/stories/{Id}/{Uri.EscapeDataString(Slug)}";
}
