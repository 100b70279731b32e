namespace BlazorReader.Data.Curation;

// The editable fields of an article as one save left them. Every save adds one, so any two
// can be compared and any one restored (restoring is itself a new revision).
public class ArticleRevision
{
    // Revisions no person made: the imported state (kept at the first change) and `reclean`'s.
    public const string ImportedBy = "import";
    public const string RecleanedBy = "reclean";

    // What the changed fields of a re-clean's revision start with, whoever asked for it.
    public const string RecleanChange = "reclean";

    // The revisions that make an article's text a person's: one by a person that changed what
    // a re-clean rewrites (the body, and the title and slug: the cleaner's while the title is
    // derived), with no re-clean after it (an editor's re-clean in the admin gives the text
    // back to the cleaner). `reclean` leaves such articles to an editor. Status, tags, date and
    // source stay through a re-clean, so changing only those does not count.
    public static IQueryable<ArticleRevision> StandingHandEdits(IQueryable<ArticleRevision> revisions) =>
        revisions.Where(r => r.UserName != ImportedBy && r.UserName != RecleanedBy && !r.ChangedFields.StartsWith(RecleanChange)
            && (r.ChangedFields.Contains(ArticleEdit.Fields.Body) || r.ChangedFields.Contains(ArticleEdit.Fields.Title)
                || r.ChangedFields.Contains(ArticleEdit.Fields.Slug))
            && !revisions.Any(later => later.ArticleId == r.ArticleId && later.Number > r.Number && later.ChangedFields.StartsWith(RecleanChange)));

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

    // No foreign key: a revision keeps naming a picture deleted since; restoring it then is refused.
    public int? LeadMediaId { get; set; }

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
            LeadMediaId = fields.LeadMediaId,
        };
    }
}
