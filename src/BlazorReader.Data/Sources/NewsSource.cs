namespace BlazorReader.Data.Sources;

// A paper, named: Key is the value articles carry in Source (the corpus's "alriyadh"); Name is
// what readers see («الرياض»). An article whose source has no entry shows its key until an
// admin names it.
public class NewsSource
{
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public string? ShortName { get; set; }
    public string? SiteUrl { get; set; }
    public DateTime UpdatedAt { get; set; }
}
