namespace BlazorReader.Core.Related;

// Finds the same story told by other newspapers: candidates from the LSH index, kept when
// they fall inside the time window and their estimated Jaccard passes the threshold.
// Incremental by construction: Add compares the newcomer with its candidates only.
public sealed class SameStoryDetector
{
    private readonly LshIndex _index;
    private readonly Dictionary<int, StoryFingerprint> _stories = [];
    private readonly Dictionary<int, List<ScoredArticle>> _twins = [];
    private readonly StoryClusters _clusters = new();
    private readonly Dictionary<int, int> _copyOf = [];
    // Which copy came first depends on the order articles arrived in, so removing one
    // must know that order to name the first copy as if it had never been there.
    private readonly Dictionary<int, long> _arrival = [];
    private long _arrivals;
    private readonly TwinRule _rule;

    public SameStoryDetector(SameStoryOptions? options = null)
    {
        Options = options ?? SameStoryOptions.Default;
        Fingerprinter = new StoryFingerprinter(Options);
        _index = new LshIndex(Options.Permutations / Options.RowsPerBand, Options.RowsPerBand, id => _stories[id].Signature);
        _rule = new TwinRule(Options);
    }

    public SameStoryOptions Options { get; }

    public StoryFingerprinter Fingerprinter { get; }

    public int Count => _stories.Count;

    public IReadOnlyList<ScoredArticle> Add(RelatedDocument document) => Add(Fingerprinter.CountAndFingerprint(document));

    // Returns the twins the newcomer found; each of them now lists the newcomer as well.
    public IReadOnlyList<ScoredArticle> Add(StoryFingerprint story)
    {
        ArgumentNullException.ThrowIfNull(story);
        if (!_stories.TryAdd(story.Id, story))
        {
            throw new InvalidOperationException($"Article {story.Id} is already indexed.");
        }

        _arrival[story.Id] = _arrivals++;
        _clusters.Add(story.Id);
        if (story.IsEmpty)
        {
            return [];
        }

        RecordCopy(story, _arrival[story.Id]);
        var found = Match(story);
        foreach (var twin in found)
        {
            Link(story.Id, twin);
            Link(twin.ArticleId, new ScoredArticle(story.Id, twin.Score));
            _clusters.Union(story.Id, twin.ArticleId);
        }

        _index.Add(story.Id, story.Signature);
        return found;
    }

    // Leaves every structure as if the article had never been added: its buckets, its twin
    // links, its cluster (split if it held two halves together) and the copies that pointed
    // at it. Returns the articles whose twins, cluster or copy changed. Unknown ids are ignored.
    public IReadOnlyList<int> Remove(int id)
    {
        if (!_stories.Remove(id, out var story))
        {
            return [];
        }

        var touched = new HashSet<int>(_clusters.Members(id));
        var arrival = _arrival[id];
        _arrival.Remove(id);
        _copyOf.Remove(id);
        if (!story.IsEmpty)
        {
            _index.Remove(id, story.Signature);
            touched.UnionWith(RecordCopiesAgain(story, arrival));
        }

        if (_twins.Remove(id, out var twins))
        {
            foreach (var twin in twins)
            {
                Unlink(twin.ArticleId, id);
            }
        }

        _clusters.Remove(id, member => _twins.TryGetValue(member, out var links) ? links.Select(t => t.ArticleId) : []);
        touched.Remove(id);
        return [.. touched];
    }

    // Direct twins, then the rest of the cluster: when three papers ran one story and two
    // of them trimmed it differently, those two still belong together, provided they are
    // within the window and not far apart (a chain must not join two stories). Best first.
    public IReadOnlyList<ScoredArticle> TwinsOf(int id)
    {
        if (!_twins.TryGetValue(id, out var twins))
        {
            return [];
        }

        var all = new Dictionary<int, double>();
        foreach (var twin in twins)
        {
            all[twin.ArticleId] = Math.Max(all.GetValueOrDefault(twin.ArticleId), twin.Score);
        }

        var story = _stories[id];
        foreach (var member in _clusters.Members(id))
        {
            if (member != id && !all.ContainsKey(member) && _rule.Twin(story, _stories[member], Options.ClusterThreshold) is { } similarity)
            {
                all[member] = similarity;
            }
        }

        return [.. all.Select(p => new ScoredArticle(p.Key, p.Value)).OrderByDescending(t => t.Score).ThenBy(t => t.ArticleId)];
    }

    // A paper's second copy of its own article (crawled twice, moved to another URL) points
    // at the first copy; the list rules treat the two as one text.
    public int? CopyOf(int id) => _copyOf.TryGetValue(id, out var first) ? first : null;

    // The smallest id of the story's cluster; an article with no twin is its own cluster.
    public int ClusterOf(int id) => _clusters.Find(id);

    public double Similarity(int left, int right) =>
        MinHasher.EstimateJaccard(_stories[left].Signature, _stories[right].Signature);

    private List<ScoredArticle> Match(StoryFingerprint story)
    {
        var found = new List<ScoredArticle>();
        foreach (var id in _index.Candidates(story.Signature))
        {
            if (_rule.Twin(story, _stories[id], Options.Threshold) is { } similarity)
            {
                found.Add(new ScoredArticle(id, similarity));
            }
        }

        return found;
    }

    // Only copies that arrived earlier can be the first one.
    private void RecordCopy(StoryFingerprint story, long arrival)
    {
        foreach (var id in _index.Candidates(story.Signature))
        {
            if (_arrival[id] < arrival && _rule.IsCopy(story, _stories[id]))
            {
                var first = CopyOf(id) ?? id;
                _copyOf[story.Id] = Math.Min(first, _copyOf.GetValueOrDefault(story.Id, first));
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
            foreach (var id in _index.Candidates(next.Story.Signature))
            {
                if (_arrival[id] > next.Arrival && !later.Contains(id) && _rule.IsCopy(_stories[id], next.Story))
                {
                    later.Add(id);
                    queue.Enqueue((_stories[id], _arrival[id]));
                }
            }
        }

        foreach (var id in later.OrderBy(id => _arrival[id]))
        {
            _copyOf.Remove(id);
            RecordCopy(_stories[id], _arrival[id]);
        }

        return later;
    }

    private void Unlink(int id, int twin)
    {
        var list = _twins[id];
        list.RemoveAll(t => t.ArticleId == twin);
        if (list.Count == 0)
        {
            _twins.Remove(id);
        }
    }

    private void Link(int id, ScoredArticle twin)
    {
        if (!_twins.TryGetValue(id, out var list))
        {
            list = [];
            _twins[id] = list;
        }

        list.Add(twin);
    }
}
