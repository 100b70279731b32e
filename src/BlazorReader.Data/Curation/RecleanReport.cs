using BlazorReader.Core.Articles;
using BlazorReader.Data.Writing;

namespace BlazorReader.Data.Curation;

public sealed record RecleanSample(int Id, string Title, string Before, string After);

public sealed record RecleanHeld(int Id, string Title, RecleanOutcome Outcome, string Reason);

// What a `reclean` run did (or, dry, would do), counted over the articles cleaned again: how
// their removed lines moved, per reason, how their blocks and fields changed, and a few bodies
// before and after, picked evenly from the whole run rather than its first articles.
public sealed class RecleanReport(int waiting)
{
    public const int SampleCount = 10;
    private readonly List<RecleanSample> samples = [];
    private readonly Random pick = new(14);
    private int bodiesChanged;

    // The articles an older cleaner wrote when the run began.
    public int Waiting { get; } = waiting;
    // The articles an older cleaner wrote that an earlier run left for an editor: not looked at again.
    public int HeldBefore { get; init; }
    public int Seen => Outcomes.Values.Sum();
    public SortedDictionary<RecleanOutcome, int> Outcomes { get; } = [];

    // Lines in the body before that the cleaner removes now, by its reason (teasers found, say).
    public SortedDictionary<string, int> NowRemoved { get; } = new(StringComparer.Ordinal);

    // Lines removed before, by the reason then, that the cleaner leaves in the body now.
    public SortedDictionary<string, int> BackInBody { get; } = new(StringComparer.Ordinal);

    // Lines removed before and now for the same reason, but cut differently (a dateline, say).
    public SortedDictionary<string, int> CutDifferently { get; } = new(StringComparer.Ordinal);

    // Lines removed before and now, for another reason: "old → new".
    public SortedDictionary<string, int> ReasonChanged { get; } = new(StringComparer.Ordinal);

    // How many articles each cleaned field changed in (RecleanCandidate.Differences).
    public SortedDictionary<string, int> FieldsChanged { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<BlockKind, (int Before, int After)> Blocks { get; } = [];
    public int ArticlesWithDoubts { get; private set; }
    public int DoubtedLines { get; private set; }

    // The articles left for an editor, and why.
    public List<RecleanHeld> Held { get; } = [];
    public IReadOnlyList<RecleanSample> Samples => [.. samples.OrderBy(s => s.Id)];

    public void Add(RecleanCandidate candidate, RecleanOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        Outcomes[outcome] = Outcomes.GetValueOrDefault(outcome) + 1;
        if (outcome is RecleanOutcome.Held or RecleanOutcome.Failed)
        {
            Held.Add(new RecleanHeld(candidate.Stored.Id, candidate.Stored.Title, outcome, candidate.Reason ?? ""));
        }
        if (outcome != RecleanOutcome.Recleaned || candidate.Recleaned is not { } after)
        {
            return;
        }
        var before = candidate.Stored;
        foreach (var field in candidate.Differences)
        {
            Count(FieldsChanged, field);
        }
        CountFragments(before, after);
        foreach (var kind in before.Blocks.Concat(after.Blocks).Select(b => b.Kind).Distinct())
        {
            var (was, now) = Blocks.GetValueOrDefault(kind);
            Blocks[kind] = (was + before.Blocks.Count(b => b.Kind == kind), now + after.Blocks.Count(b => b.Kind == kind));
        }
        ArticlesWithDoubts += after.CleaningDoubts is null ? 0 : 1;
        DoubtedLines += after.Doubts.Count;
        if (candidate.Differences.Contains("body"))
        {
            Sample(new RecleanSample(before.Id, after.Title, before.BodyMarkdown, after.BodyMarkdown));
        }
    }

    // A fragment is matched with one removed before by its text, else by the raw line it came
    // from (the same line cut a little differently): removed before and now, it is news only
    // when its reason changed.
    private void CountFragments(Articles.Article before, Articles.Article after)
    {
        var earlier = before.RemovedFragments.ToList();
        var unmatched = new List<Articles.RemovedFragmentRecord>();
        foreach (var fragment in after.RemovedFragments)
        {
            var same = earlier.FindIndex(e => e.Text == fragment.Text && e.Reason == fragment.Reason) is var exact and >= 0
                ? exact : earlier.FindIndex(e => e.Text == fragment.Text);
            if (same < 0)
            {
                unmatched.Add(fragment);
                continue;
            }
            Compare(earlier[same], fragment, null);
            earlier.RemoveAt(same);
        }
        foreach (var fragment in unmatched)
        {
            var sameLine = fragment.Line < 0 ? -1 : earlier.FindIndex(e => e.Line == fragment.Line);
            if (sameLine < 0)
            {
                Count(NowRemoved, fragment.Reason);
                continue;
            }
            Compare(earlier[sameLine], fragment, CutDifferently);
            earlier.RemoveAt(sameLine);
        }
        foreach (var fragment in earlier)
        {
            Count(BackInBody, fragment.Reason);
        }
    }

    private void Compare(Articles.RemovedFragmentRecord was, Articles.RemovedFragmentRecord now, SortedDictionary<string, int>? sameReason)
    {
        if (was.Reason != now.Reason)
        {
            Count(ReasonChanged, $"{was.Reason} → {now.Reason}");
        }
        else if (sameReason is not null)
        {
            Count(sameReason, now.Reason);
        }
    }

    // Reservoir sampling: every changed body has the same chance, in one pass.
    private void Sample(RecleanSample sample)
    {
        bodiesChanged++;
        if (samples.Count < SampleCount)
        {
            samples.Add(sample);
        }
        else if (pick.Next(bodiesChanged) is var at && at < SampleCount)
        {
            samples[at] = sample;
        }
    }

    private static void Count(SortedDictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
