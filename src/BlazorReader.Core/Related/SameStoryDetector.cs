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
    private readonly TwinRule _rule;

    public SameStoryDetector(SameStoryOptions? options = null)
    {
        Options = options ?? SameStoryOptions.Default;
        Fingerprinter = new StoryFingerprinter(Options);
        _index = new LshIndex(Options.Permutations / Options.RowsPerBand, Options.RowsPerBand);
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

        _clusters.Add(story.Id);
        if (story.IsEmpty)
        {
            return [];
        }

        RecordCopy(story);
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

    private void RecordCopy(StoryFingerprint story)
    {
        foreach (var id in _index.Candidates(story.Signature))
        {
            if (_rule.IsCopy(story, _stories[id]))
            {
                var first = CopyOf(id) ?? id;
                _copyOf[story.Id] = Math.Min(first, _copyOf.GetValueOrDefault(story.Id, first));
            }
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
