using BlazorReader.Core.Cleaning;
using BlazorReader.Data.Articles;
using BlazorReader.Data.Curation;

namespace BlazorReader.Data.Queries;

// Where an article's cleaning stands, for what an editor looks at after a new cleaner: the
// dashboard counts each state and the article list filters by it, from the one definition below.
public enum CleaningState
{
    // Cleaned by an older cleaner than this one: waiting for `reclean`, or held by it.
    OlderCleaner,
    // Lines kept in the body without the cleaner being sure they belong there.
    Doubted,
    // Held by `reclean` because a person changed its text: the text is theirs.
    HeldEdited,
    // Held by `reclean` because today's cleaner leaves nothing of it or failed on it.
    HeldOther,
}

public static class CleaningStates
{
    public static IQueryable<Article> In(this IQueryable<Article> articles, ReaderDbContext db, CleaningState state)
    {
        ArgumentNullException.ThrowIfNull(db);
        var handEdits = ArticleRevision.StandingHandEdits(db.Revisions);
        return state switch
        {
            CleaningState.OlderCleaner => articles.Where(a => a.CleanerVersion < ArticleCleaner.Version),
            CleaningState.Doubted => articles.Where(a => a.CleaningDoubts != null),
            CleaningState.HeldEdited => articles.Where(a => a.RecleanSkippedVersion != null && handEdits.Any(r => r.ArticleId == a.Id)),
            CleaningState.HeldOther => articles.Where(a => a.RecleanSkippedVersion != null && !handEdits.Any(r => r.ArticleId == a.Id)),
            _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
        };
    }
}
