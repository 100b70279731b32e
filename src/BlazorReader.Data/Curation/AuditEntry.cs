namespace BlazorReader.Data.Curation;

// One line of the append-only audit log: who did what, when. Nothing updates or deletes
// these rows; the user's name is copied so the line survives the account.
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? UserName { get; set; }
    public string Action { get; set; } = "";
    public int? ArticleId { get; set; }
    public string Detail { get; set; } = "";
}

public static class AuditActions
{
    public const string Login = "login";
    public const string LoginFailed = "login-failed";
    public const string Logout = "logout";
    public const string ArticleEdited = "article-edited";
    public const string StatusChanged = "status-changed";
    public const string ArticleDeleted = "article-deleted";
    public const string RevisionRestored = "revision-restored";
    public const string FragmentRestored = "fragment-restored";
    public const string Recleaned = "recleaned";
    public const string RecleanSkipped = "reclean-skipped";
    public const string RelatedChanged = "related-changed";
    public const string StoryChanged = "story-changed";
    public const string Imported = "imported";
    public const string UserAdded = "user-added";
    public const string UserChanged = "user-changed";
    public const string SourceChanged = "source-changed";
    public const string MediaUploaded = "media-uploaded";
    public const string MediaDeleted = "media-deleted";

    public static readonly IReadOnlyList<string> All =
    [
        Login, LoginFailed, Logout, ArticleEdited, StatusChanged, ArticleDeleted, RevisionRestored,
        FragmentRestored, Recleaned, RecleanSkipped, RelatedChanged, StoryChanged, Imported, UserAdded, UserChanged, SourceChanged, MediaUploaded,
        MediaDeleted,
    ];
}
