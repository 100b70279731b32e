namespace BlazorReader.Data.Curation;

// The editable fields of an article as one save left them. Every save adds one, so any two
// can be compared and any one restored (restoring is itself a new revision).
public class ArticleRevision
{
    // Revisions no person made: the imported state (kept at the first change) and `reclean`'s.
    public const string ImportedBy = "import";
    public const string RecleanedBy = "reclean";

    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int Number { get; set; }
    public DateTime At { get; set; }
    public string? UserName { get; set; }
    public string ChangedFields { get; set; } = "";
    public string Title { get; set; } = "";
    public string Slug { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public Core.Articles.ArticleStatus Status { get; set; }
    public DateTime? PublishedAt { get; set; }
    public string? Source { get; set; }
    public string Tags { get; set; } = "";

    public static ArticleRevision Of(int articleId, int number, DateTime at, string? userName, ArticleEdit fields, string changedFields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return new()
        {
            ArticleId = articleId,
            Number = number,
            At = at,
            UserName = userName,
            ChangedFields = changedFields,
            Title = fields.Title,
            Slug = fields.Slug,
            BodyMarkdown = fields.BodyMarkdown,
            Status = fields.Status,
            PublishedAt = fields.PublishedAt,
            Source = fields.Source,
            Tags = string.Join(", ", fields.Tags),
        };
    }
}
