namespace BlazorReader.Core.Related;

// Finds the same story told by other newspapers: candidates from the LSH index, kept when
// they fall inside the time window and their estimated Jaccard passes the threshold.
// Incremental by construction: Add compares the newcomer with its candidates only.
public sealed class SameStoryDetector
{
    private readonly LshIndex index;
    private readonly Dictionary<int, StoryFingerprint> stories = [];
    private readonly Dictionary<int, List<ScoredArticle>> twinLinks = [];
    private readonly StoryClusters clusters = new();
    private readonly Dictionary<int, int> copyOf = [];
    // Which copy came first depends on the order articles arrived in, so removing one
    // must know that order to name the first copy as if it had never been there.
    private readonly Dictionary<int, long> arrivalOf = [];
    private long arrivals;
    private readonly TwinRule rule;
    private readonly HeadlineRule headlineRule;
    private readonly HeadlinePostings headlines;

    public SameStoryDetector(SameStoryOptions? options = null)
    {
        Options = options ?? SameStoryOptions.Default;
        Fingerprinter = new StoryFingerprinter(Options);
        index = new LshIndex(Options.Permutations / Options.RowsPerBand, Options.RowsPerBand, Options.Window, id => stories[id].Signature);
        headlineRule = new HeadlineRule(Fingerprinter.Weights, Options);
        rule = new TwinRule(Options, headlineRule);
        headlines = new HeadlinePostings(Fingerprinter.Weights, Options);
    }

    public SameStoryOptions Options { get; }

    public StoryFingerprinter Fingerprinter { get; }

    public int Count => stories.Count;

    public IReadOnlyList<ScoredArticle> Add(RelatedDocument document) => Add(Fingerprinter.CountAndFingerprint(document));

    // Returns the twins the newcomer found; each of them now lists the newcomer as well.
    public IReadOnlyList<ScoredArticle> Add(StoryFingerprint story)
    {
        ArgumentNullException.ThrowIfNull(story);
        if (!stories.TryAdd(story.Id, story))
        {
            throw new InvalidOperationException($"Article {story.Id} is already indexed.");
        }

        arrivalOf[story.Id] = arrivals++;
        clusters.Add(story.Id);
        if (story.IsEmpty)
        {
            return [];
        }

        RecordCopy(story, arrivalOf[story.Id]);
        var found = Match(story);
        found.AddRange(MatchHeadlines(story, found));
        foreach (var twin in found)
        {
            Link(story.Id, twin);
            Link(twin.ArticleId, new ScoredArticle(story.Id, twin.Score));
            clusters.Union(story.Id, twin.ArticleId);
        }

        index.Add(story.Id, story.Signature, story.PublishedAt);
        if (story.Headline is { IsEmpty: false } headline)
        {
            headlines.Add(story.Id, headline, story.PublishedAt);
        }

        return found;
    }

    // Leaves every structure as if the article had never been added: its buckets, its twin
    // links, its cluster (split if it held two halves together) and the copies that pointed
    // at it. Returns the articles whose twins, cluster or copy changed. Unknown ids are ignored.
    public IReadOnlyList<int> Remove(int id)
    {
        if (!stories.Remove(id, out var story))
        {
            return [];
        }

        var touched = new HashSet<int>(clusters.Members(id));
        var arrival = arrivalOf[id];
        arrivalOf.Remove(id);
        copyOf.Remove(id);
        if (!story.IsEmpty)
        {
            index.Remove(id, story.Signature);
            touched.UnionWith(RecordCopiesAgain(story, arrival));
        }

        if (story.Headline is { IsEmpty: false } headline)
        {
            headlines.Remove(id, headline, story.PublishedAt);
            Fingerprinter.Weights.Uncount(headline.Lead);
        }

        if (twinLinks.Remove(id, out var twins))
        {
            foreach (var twin in twins)
            {
                Unlink(twin.ArticleId, id);
            }
        }

        clusters.Remove(id, member => twinLinks.TryGetValue(member, out var links) ? links.Select(t => t.ArticleId) : []);
        touched.Remove(id);
        return [.. touched];
    }

    // Direct twins, then the rest of the cluster: when three papers ran one story and two
    // of them trimmed it differently, those two still belong together, provided they are
    // within the window and not far apart (a chain must not join two stories). Best first.
    public IReadOnlyList<ScoredArticle> TwinsOf(int id)
    {
        if (!twinLinks.TryGetValue(id, out var twins))
        {
            return [];
        }

        var all = new Dictionary<int, double>();
        foreach (var twin in twins)
        {
            all[twin.ArticleId] = Math.Max(all.GetValueOrDefault(twin.ArticleId), twin.Score);
        }

        var story = stories[id];
        foreach (var member in clusters.Members(id))
        {
            if (member != id && !all.ContainsKey(member) && rule.Twin(story, stories[member], Options.ClusterThreshold) is { } similarity)
            {
                all[member] = similarity;
            }
        }

        return [.. all.Select(p => new ScoredArticle(p.Key, p.Value)).OrderByDescending(t => t.Score).ThenBy(t => t.ArticleId)];
    }

    // A paper's second copy of its own article (crawled twice, moved to another URL) points
    // at the first copy; the list rules treat the two as one text.
    public int? CopyOf(int id) => copyOf.TryGetValue(id, out var first) ? first : null;

    // The smallest id of the story's cluster; an article with no twin is its own cluster.
    public int ClusterOf(int id) => clusters.Find(id);

    // Every article of the story's cluster, the article itself included (alone: just it).
    public IReadOnlyList<int> StoryMembers(int id) => clusters.Members(id);

    // The headline evidence kept for an article (null: unknown id or no headline).
    public StoryHeadline? HeadlineOf(int id) => stories.TryGetValue(id, out var story) ? story.Headline : null;

    public double Similarity(int left, int right) =>
        MinHasher.EstimateJaccard(stories[left].Signature, stories[right].Signature);

    private double Similarity(StoryFingerprint story, int other) => MinHasher.EstimateJaccard(story.Signature, stories[other].Signature);

    private List<ScoredArticle> Match(StoryFingerprint story)
    {
        var found = new List<ScoredArticle>();
        foreach (var id in index.Candidates(story.Signature, story.PublishedAt))
        {
            if (rule.Twin(story, stories[id], Options.Threshold) is { } similarity)
            {
                found.Add(new ScoredArticle(id, similarity));
            }
        }

        return found;
    }

    // Reports in other words: candidates from the headline postings, kept when HeadlineRule
    // says one story. They join the stories the shared text already joined, and at most one
    // other, the best, only if it agrees with that story's core (see AgreesWithCore), and
    // never two stories into one: a text that bridges two stories' headlines must not fuse them.
    private List<ScoredArticle> MatchHeadlines(StoryFingerprint story, List<ScoredArticle> byText)
    {
        if (story.Headline is not { IsEmpty: false } headline)
        {
            return [];
        }

        var taken = byText.Select(t => t.ArticleId).ToHashSet();
        var joined = byText.Select(t => clusters.Find(t.ArticleId)).ToHashSet();
        var matches = new List<(int Cluster, ScoredArticle Twin)>();
        foreach (var id in headlines.Candidates(headline, story.PublishedAt))
        {
            var other = stories[id];
            if (!taken.Contains(id) && other.Headline is { } theirs && rule.Comparable(story, other) &&
                headlineRule.Match(headline, theirs) is { } score)
            {
                // Listed by shared text like every twin, so a link's score does not move with
                // the word counts of articles added or removed since.
                matches.Add((clusters.Find(id), new ScoredArticle(id, Similarity(story, id))));
            }
        }

        var inJoined = matches.Where(m => joined.Contains(m.Cluster)).Select(m => m.Twin);
        var best = matches.Where(m => !joined.Contains(m.Cluster) && (joined.Count == 0 || clusters.Members(m.Cluster).Count == 1))
            .GroupBy(m => m.Cluster)
            .OrderByDescending(g => g.Max(m => headlineRule.Score(headline, stories[m.Twin.ArticleId].Headline!))).ThenBy(g => g.Key)
            .FirstOrDefault(g => AgreesWithCore(story, g.Key));
        return [.. inJoined.Concat(best?.Select(m => m.Twin) ?? [])];
    }

    // At least half of the story's first members (arrival order) tell the newcomer's story,
    // by headline or by shared text, and none of them is further away than the window.
    private bool AgreesWithCore(StoryFingerprint story, int cluster)
    {
        var core = clusters.Members(cluster).Take(Options.HeadlineCoreSample).Select(id => stories[id]).ToList();
        if (core.Any(member => (member.PublishedAt - story.PublishedAt).Duration() > Options.Window))
        {
            return false;
        }

        if (core.Count <= 2)
        {
            return true;
        }

        var agreeing = core.Count(member =>
            (story.Headline is { } mine && member.Headline is { } theirs && !HeadlineRule.NumbersDisagree(mine, theirs) &&
                headlineRule.Score(mine, theirs) >= Options.HeadlineCoreThreshold) ||
            MinHasher.EstimateJaccard(story.Signature, member.Signature) >= Options.Threshold);
        return agreeing * 2 >= core.Count;
    }

    // Only copies that arrived earlier can be the first one.
    private void RecordCopy(StoryFingerprint story, long arrival)
    {
        foreach (var id in index.Candidates(story.Signature, story.PublishedAt))
        {
            if (arrivalOf[id] < arrival && rule.IsCopy(story, stories[id]))
            {
                var first = CopyOf(id) ?? id;
                copyOf[story.Id] = Math.Min(first, copyOf.GetValueOrDefault(story.Id, first));
            }
        }
    }

    // The later copies of a removed text, and the later copies of those, may have named it
    // (or its first copy) as theirs; they look again, oldest first, among what remains.
    private HashSet<int> RecordCopiesAgain(StoryFingerprint removed, long arrival)
    {
        var later = new HashSet<int>();
        var queue = new Queue<(StoryFingerprint Story, long Arrival)>([(removed, arrival)]);
        while (queue.TryDequeue(out var next))
        {
            foreach (var id in index.Candidates(next.Story.Signature, next.Story.PublishedAt))
            {
                if (arrivalOf[id] > next.Arrival && !later.Contains(id) && rule.IsCopy(stories[id], next.Story))
                {
                    later.Add(id);
                    queue.Enqueue((stories[id], arrivalOf[id]));
                }
            }
        }

        foreach (var id in later.OrderBy(id => arrivalOf[id]))
        {
            copyOf.Remove(id);
            RecordCopy(stories[id], arrivalOf[id]);
        }

        return later;
    }

    private void Unlink(int id, int twin)
    {
        var list = twinLinks[id];
        list.RemoveAll(t => t.ArticleId == twin);
        if (list.Count == 0)
        {
            twinLinks.Remove(id);
        }
    }

    private void Link(int id, ScoredArticle twin)
    {
        if (!twinLinks.TryGetValue(id, out var list))
        {
            list = [];
            twinLinks[id] = list;
        }

        list.Add(twin);
    }
}
