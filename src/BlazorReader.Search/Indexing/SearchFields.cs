namespace BlazorReader.Search.Indexing;

// Field names of the index layout. Title and body are each indexed twice: as the normalised
// surface form (ranks higher) and as light stems (catches clitic and plural variants).
internal static class SearchFields
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Body = "body";
    public const string Slug = "slug";
    public const string SourceUrl = "source_url";
    public const string TitleKey = "title_key";
    public const string TitleSurface = "title_s";
    public const string TitleStem = "title_t";
    public const string BodySurface = "body_s";
    public const string BodyStem = "body_t";
    public const string Source = "source";
    public const string Tag = "tag";
    public const string Status = "status";
    public const string Published = "published";
    public const string Year = "year";
    public const string Month = "month";
}
