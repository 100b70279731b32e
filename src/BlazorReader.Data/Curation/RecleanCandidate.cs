using BlazorReader.Core.Articles;
using BlazorReader.Data.Articles;
using BlazorReader.Data.Writing;

namespace BlazorReader.Data.Curation;

// One article `reclean` looks at, as stored, with what the write will make of it (Planned)
// unless someone saves it first. Cleaned again, it carries the cleaner's result and the
// cleaned fields as a re-clean would store them (Recleaned); left for an editor, the reason.
public sealed class RecleanCandidate
{
    private RecleanCandidate(Article stored, RecleanOutcome planned, string? reason, CleanedArticle? cleaned = null, Article? recleaned = null)
    {
        Stored = stored;
        Reason = reason;
        Cleaned = cleaned;
        Recleaned = recleaned;
        Differences = recleaned is null ? [] : Between(stored, recleaned);
        Planned = recleaned is null ? planned : Differences.Count == 0 ? RecleanOutcome.Unchanged : RecleanOutcome.Recleaned;
    }

    public Article Stored { get; }
    public RecleanOutcome Planned { get; }
    public string? Reason { get; }
    public CleanedArticle? Cleaned { get; }
    public Article? Recleaned { get; }

    // The cleaned fields whose new values differ, by name; empty when the cleaner's output is the same.
    public IReadOnlyList<string> Differences { get; }

    public static RecleanCandidate Of(Article stored, CleanedArticle cleaned)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var recleaned = new Article { Title = stored.Title, Slug = stored.Slug, TitleKey = stored.TitleKey, TitleDerived = stored.TitleDerived };
        ArticleAssembler.ApplyRecleaned(recleaned, cleaned);
        return new RecleanCandidate(stored, RecleanOutcome.Recleaned, null, cleaned, recleaned);
    }

    public static RecleanCandidate EditedBy(Article stored, string editor) => new(stored, RecleanOutcome.Held, $"changed by {editor}");

    public static RecleanCandidate NothingLeft(Article stored) =>
        new(stored, RecleanOutcome.Held, "the cleaner leaves nothing of it; kept as it was");

    public static RecleanCandidate CleanerFailed(Article stored, string message) =>
        new(stored, RecleanOutcome.Failed, "the cleaner failed on it: " + message);

    private static List<string> Between(Article before, Article after)
    {
        var changed = new List<string>();
        if (before.Title != after.Title || before.Slug != after.Slug) changed.Add("title");
        if (before.Byline != after.Byline) changed.Add("byline");
        if (before.Dateline != after.Dateline) changed.Add("dateline");
        if (before.Attribution != after.Attribution) changed.Add("attribution");
        if (!before.Blocks.SequenceEqual(after.Blocks)) changed.Add("body");
        if (!Teasers(before).SequenceEqual(Teasers(after), StringComparer.Ordinal)) changed.Add("teasers");
        if (!Removed(before).SequenceEqual(Removed(after))) changed.Add("removed");
        if (before.CleaningDoubts != after.CleaningDoubts) changed.Add("doubts");
        return changed;
    }

    private static IEnumerable<string> Teasers(Article a) => a.Teasers.OrderBy(t => t.Position).Select(t => t.Text);

    private static IEnumerable<(string, string, int)> Removed(Article a) =>
        a.RemovedFragments.OrderBy(f => f.Position).Select(f => (f.Text, f.Reason, f.Line));
}
