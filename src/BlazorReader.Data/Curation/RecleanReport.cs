using BlazorReader.Core.Articles;
using BlazorReader.Data.Writing;

namespace BlazorReader.Data.Curation;

public sealed record RecleanSample(int Id, string Title, string Before, string After);

public sealed record RecleanProblem(int Id, string Message);

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
    public int Seen => Outcomes.Values.Sum();
    public SortedDictionary<RecleanOutcome, int> Outcomes { get; } = [];

    // Lines in the body before that the cleaner removes now, by its reason (teasers found, say).
    public SortedDictionary<string, int> NowRemoved { get; } = new(StringComparer.Ordinal);

    // Lines removed before, by the reason then, that the cleaner leaves in the body now.
    public SortedDictionary<string, int> BackInBody { get; } = new(StringComparer.Ordinal);

    // Lines removed before and now, for another reason: "old → new".
    public SortedDictionary<string, int> ReasonChanged { get; } = new(StringComparer.Ordinal);

    // How many articles each cleaned field changed in (RecleanCandidate.Differences).
    public SortedDictionary<string, int> FieldsChanged { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<BlockKind, (int Before, int After)> Blocks { get; } = [];
    public int ArticlesWithDoubts { get; private set; }
    public int DoubtedLines { get; private set; }
    public List<RecleanProblem> Problems { get; } = [];
    public IReadOnlyList<RecleanSample> Samples => [.. samples.OrderBy(s => s.Id)];

    public void Add(RecleanCandidate candidate, RecleanOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        Outcomes[outcome] = Outcomes.GetValueOrDefault(outcome) + 1;
        if (candidate.Problem is { } problem)
        {
            Problems.Add(new RecleanProblem(candidate.Stored.Id, problem));
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

    // Fragments are matched by their text: the same line removed before and now is not news
    // unless its reason changed.
    private void CountFragments(Articles.Article before, Articles.Article after)
    {
        var earlier = before.RemovedFragments.GroupBy(f => f.Text, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => f.Reason).ToList(), StringComparer.Ordinal);
        foreach (var fragment in after.RemovedFragments)
        {
            if (!earlier.TryGetValue(fragment.Text, out var reasons) || reasons.Count == 0)
            {
                Count(NowRemoved, fragment.Reason);
                continue;
            }
            var same = reasons.IndexOf(fragment.Reason);
            if (same < 0)
            {
                Count(ReasonChanged, $"{reasons[0]} → {fragment.Reason}");
            }
            reasons.RemoveAt(Math.Max(same, 0));
        }
        foreach (var reason in earlier.Values.SelectMany(r => r))
        {
            Count(BackInBody, reason);
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
