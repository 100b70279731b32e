using System.Diagnostics;

namespace BlazorReader.Core.Related.Evaluation;

// Issue 6's evaluation: label pairs from exact text overlap, compute every related list
// the way a rebuild does (no pins, no teasers), and check the lists against the labels.
public static class RelatedEvaluation
{
    // A same-story link counts as right when this much of the shorter text appears word
    // for word in the other; far below the labelling bar, since papers rewrite agency copy.
    // Checked by eye on the full corpus: links from 0.15 up were the same event; the strict
    // 0.3 bar is reported beside it.
    public const double VerifiedContainment = 0.15;
    public const double StrictContainment = 0.3;

    public static RelatedEvaluationReport Run(IReadOnlyList<RelatedDocument> articles, TextWriter writer, SameStoryOptions? sameStory = null, TopicalOptions? topical = null, int samples = 30, int seed = 6)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(writer);
        var clock = Stopwatch.StartNew();
        var index = RelatedIndex.Build(articles, sameStory, topical);
        var lists = articles.AsParallel().Select(a => (a.Id, List: index.ListFor(a.Id))).ToDictionary(l => l.Id, l => l.List);
        var computeTime = clock.Elapsed;
        writer.WriteLine($"index and lists in {computeTime.TotalSeconds:F1} s; labelling…");

        var overlap = new ContentOverlap(articles, LabelledPairs.Comparable);
        var positionOf = articles.Select((a, i) => (a.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var pairs = LabelledPairs.SameStory(articles, overlap);
        var nonPairs = LabelledPairs.NonPairs(articles, overlap, Math.Max(300, pairs.Count), seed);
        var byId = articles.ToDictionary(a => a.Id);

        // The twin counts as found when its text is listed: the rules list a paper's text once,
        // so its second copy under another URL is rightly absent.
        var textKeyOf = articles.ToDictionary(a => a.Id, a => index.Facts(a.Id)!.TextKey);
        int Rank(int from, int to)
        {
            var list = lists[from];
            for (var i = 0; i < list.Count; i++)
            {
                if (textKeyOf[list[i].ArticleId] == textKeyOf[to])
                {
                    return i;
                }
            }

            return -1;
        }

        var ranks = pairs.SelectMany(p => new[] { Rank(p.Left, p.Right), Rank(p.Right, p.Left) }).ToList();

        var sameStoryLinks = lists.SelectMany(l => l.Value.Where(i => i.Kind == RelatedKind.SameStory).Select(i => (From: l.Key, To: i.ArticleId))).ToList();
        double LinkContainment((int From, int To) l) => overlap.Containment(positionOf[l.From], positionOf[l.To]);
        var unverified = sameStoryLinks.Where(l => LinkContainment(l) < VerifiedContainment).ToList();
        var belowStrict = sameStoryLinks.Count(l => LinkContainment(l) < StrictContainment);

        // "The twin" of an article: its labelled pair with the most shared text.
        var bestTwins = pairs.SelectMany(p => new[] { (From: p.Left, To: p.Right, p.Containment), (From: p.Right, To: p.Left, p.Containment) })
            .GroupBy(p => p.From)
            .Select(g => g.OrderByDescending(p => p.Containment).ThenBy(p => p.To).First())
            .ToList();
        var bestRanks = bestTwins.Select(t => Rank(t.From, t.To)).ToList();
        var sameStorySet = sameStoryLinks.ToHashSet();

        var report = new RelatedEvaluationReport(
            articles.Count,
            pairs.Count,
            nonPairs.Count,
            Share(ranks, 5),
            Share(ranks, 10),
            bestRanks.Count,
            Share(bestRanks, 5),
            Share(bestRanks, 10),
            sameStoryLinks.Count == 0 ? 1 : 1 - unverified.Count / (double)sameStoryLinks.Count,
            sameStoryLinks.Count == 0 ? 1 : 1 - belowStrict / (double)sameStoryLinks.Count,
            sameStoryLinks.Count,
            nonPairs.Count(p => sameStorySet.Contains(p) || sameStorySet.Contains((p.Right, p.Left))),
            lists.Count(l => l.Value.Count == 0) / (double)Math.Max(1, lists.Count),
            lists.Sum(l => l.Value.Count(i => i.ArticleId == l.Key)),
            lists.Sum(l => l.Value.Count - l.Value.Select(i => i.ArticleId).Distinct().Count()),
            computeTime);

        var random = new Random(seed);
        EvaluationSamples.WritePairs(writer, "labelled same-story pairs (check by eye)", pairs.OrderBy(_ => random.Next()).Take(samples).Select(p => (p.Left, p.Right, p.Containment, Rank(p.Left, p.Right))), byId);
        EvaluationSamples.WritePairs(writer, "missed twins (not in the top 5)", pairs.Where(p => Rank(p.Left, p.Right) is < 0 or >= 5).Take(samples).Select(p => (p.Left, p.Right, p.Containment, Rank(p.Left, p.Right))), byId);
        EvaluationSamples.WritePairs(writer, "same-story links below the verification bar", unverified.OrderBy(_ => random.Next()).Take(samples).Select(l => (l.From, l.To, overlap.Containment(positionOf[l.From], positionOf[l.To]), Rank(l.From, l.To))), byId);
        report.WriteTo(writer);
        return report;
    }

    private static double Share(IReadOnlyCollection<int> ranks, int k) =>
        ranks.Count == 0 ? 0 : ranks.Count(r => r >= 0 && r < k) / (double)ranks.Count;
}
