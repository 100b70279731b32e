using BlazorReader.Core.Articles;
using BlazorReader.Data.Articles;
using BlazorReader.Data.Writing;

namespace BlazorReader.Data.Curation;

// One article `reclean` looks at, as stored, and one of: what today's cleaner makes of its raw
// text (Cleaned, and Recleaned: the cleaned fields as a re-clean would store them), who changed
// it by hand (EditedBy: it waits for an editor instead), or why it could not be cleaned.
public sealed record RecleanCandidate(Article Stored, CleanedArticle? Cleaned, Article? Recleaned, string? EditedBy, string? Problem)
{
    // What the cleaned fields' new values change, by name; empty when the cleaner's output is the same.
    public IReadOnlyList<string> Differences { get; } = Recleaned is null ? [] : Between(Stored, Recleaned);

    // What the write makes of it, unless someone saved it since it was read.
    public RecleanOutcome Planned =>
        EditedBy is not null ? RecleanOutcome.Held
        : Cleaned is null ? RecleanOutcome.Failed
        : Differences.Count == 0 ? RecleanOutcome.Unchanged
        : RecleanOutcome.Recleaned;

    public static RecleanCandidate Of(Article stored, CleanedArticle cleaned)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var recleaned = new Article { Title = stored.Title, Slug = stored.Slug, TitleKey = stored.TitleKey, TitleDerived = stored.TitleDerived };
        ArticleAssembler.ApplyRecleaned(recleaned, cleaned);
        return new RecleanCandidate(stored, cleaned, recleaned, null, null);
    }

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
