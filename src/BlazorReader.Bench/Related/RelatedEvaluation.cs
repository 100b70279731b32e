using BlazorReader.Core.Related;

namespace BlazorReader.Bench.Related;

// Issue 6's evaluation: related lists, however computed, checked against labels made from
// exact text overlap (see TwinLabels), with pairs printed for a person to judge.
public static class RelatedEvaluation
{
    // A same-story link counts as right when this much of the shorter text appears word
    // for word in the other; far below the labelling bar, since papers rewrite agency copy.
    // Checked by eye on the full corpus: links from 0.15 up were the same event; the strict
    // 0.3 bar is reported beside it.
    public const double VerifiedContainment = 0.15;
    public const double StrictContainment = 0.3;

    public static RelatedEvaluationReport Score(
        TwinLabels labels,
        IReadOnlyDictionary<int, IReadOnlyList<RelatedItem>> lists,
        Func<int, int> textKeyOf,
        TimeSpan computeTime,
        TextWriter? samplesTo = null,
        int samples = 30,
        int seed = 6)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(lists);
        IReadOnlyList<int> Ranking(int id) => lists.TryGetValue(id, out var list) ? [.. list.Select(i => i.ArticleId)] : [];
        int Rank(int from, int to) => TwinRecall.Rank(Ranking, textKeyOf, from, to);

        var sameStoryLinks = lists.SelectMany(l => l.Value.Where(i => i.Kind == RelatedKind.SameStory).Select(i => (From: l.Key, To: i.ArticleId))).ToList();
        var unverified = sameStoryLinks.Where(l => labels.Containment(l.From, l.To) < VerifiedContainment).ToList();
        var belowStrict = sameStoryLinks.Count(l => labels.Containment(l.From, l.To) < StrictContainment);
        var unverifiedStoryWording = unverified.Count(l => labels.StoryContainment(l.From, l.To) < VerifiedContainment);
        var sameStorySet = sameStoryLinks.ToHashSet();

        var report = new RelatedEvaluationReport(
            labels.Articles.Count,
            labels.Pairs.Count,
            labels.NonPairs.Count,
            TwinRecall.Of(labels, Ranking, textKeyOf),
            labels.BestTwins.Count,
            sameStoryLinks.Count == 0 ? 1 : 1 - unverified.Count / (double)sameStoryLinks.Count,
            sameStoryLinks.Count == 0 ? 1 : 1 - belowStrict / (double)sameStoryLinks.Count,
            sameStoryLinks.Count == 0 ? 1 : 1 - unverifiedStoryWording / (double)sameStoryLinks.Count,
            sameStoryLinks.Count,
            labels.NonPairs.Count(p => sameStorySet.Contains(p) || sameStorySet.Contains((p.Right, p.Left))),
            labels.Articles.Count(a => Ranking(a.Id).Count == 0) / (double)Math.Max(1, labels.Articles.Count),
            lists.Sum(l => l.Value.Count(i => i.ArticleId == l.Key)),
            lists.Sum(l => l.Value.Count - l.Value.Select(i => i.ArticleId).Distinct().Count()),
            computeTime);

        if (samplesTo is not null)
        {
            var byId = labels.Articles.ToDictionary(a => a.Id);
            var random = new Random(seed);
            EvaluationSamples.WritePairs(samplesTo, "labelled same-story pairs (check by eye)", labels.Pairs.OrderBy(_ => random.Next()).Take(samples).Select(p => (p.Left, p.Right, p.Containment, Rank(p.Left, p.Right))), byId);
            EvaluationSamples.WritePairs(samplesTo, "missed twins (not in the top 5)", labels.Pairs.Where(p => Rank(p.Left, p.Right) is < 0 or >= 5).Take(samples).Select(p => (p.Left, p.Right, p.Containment, Rank(p.Left, p.Right))), byId);
            EvaluationSamples.WritePairs(samplesTo, "same-story links below the verification bar", unverified.OrderBy(_ => random.Next()).Take(samples).Select(l => (l.From, l.To, labels.Containment(l.From, l.To), Rank(l.From, l.To))), byId);
            EvaluationSamples.WritePairs(samplesTo, "same-story links verified only once a big story's wording counts", unverified.Where(l => labels.StoryContainment(l.From, l.To) >= VerifiedContainment)
                .OrderBy(_ => random.Next()).Take(samples).Select(l => (l.From, l.To, labels.StoryContainment(l.From, l.To), Rank(l.From, l.To))), byId);
        }

        return report;
    }
}
