namespace BlazorReader.Core.Related;

// Finds the same story told by other newspapers: candidates from the LSH index, kept when
// they fall inside the time window and their estimated Jaccard passes the threshold.
// Incremental by construction: Add compares the newcomer with its candidates only.
public sealed class SameStoryDetector
{
    private readonly MinHasher _hasher;
    private readonly LshIndex _index;
    private readonly Dictionary<int, StoryFingerprint> _stories = [];
    private readonly Dictionary<int, List<ScoredArticle>> _twins = [];
    private readonly StoryClusters _clusters = new();

    public SameStoryDetector(SameStoryOptions? options = null)
    {
        Options = options ?? SameStoryOptions.Default;
        _hasher = new MinHasher(Options.Permutations, Options.Seed);
        _index = new LshIndex(Options.Permutations / Options.RowsPerBand, Options.RowsPerBand);
    }

    public SameStoryOptions Options { get; }

    public int Count => _stories.Count;

    // Pure and thread-safe: call it in parallel, then Add the results one at a time.
    public StoryFingerprint Fingerprint(RelatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = string.IsNullOrWhiteSpace(document.Body) ? document.Title : document.Body;
        var shingles = Shingler.Shingles(text, Options.ShingleSize);
        return new StoryFingerprint(document.Id, document.Source, document.PublishedAt, _hasher.Signature(shingles), shingles.Length);
    }

    public IReadOnlyList<ScoredArticle> Add(RelatedDocument document) => Add(Fingerprint(document));

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

    // Best first, so callers can cut the list wherever they like.
    public IReadOnlyList<ScoredArticle> TwinsOf(int id) =>
        _twins.TryGetValue(id, out var twins) ? [.. twins.OrderByDescending(t => t.Score).ThenBy(t => t.ArticleId)] : [];

    // The smallest id of the story's cluster; an article with no twin is its own cluster.
    public int ClusterOf(int id) => _clusters.Find(id);

    public double Similarity(int left, int right) =>
        MinHasher.EstimateJaccard(_stories[left].Signature, _stories[right].Signature);

    private List<ScoredArticle> Match(StoryFingerprint story)
    {
        var found = new List<ScoredArticle>();
        foreach (var id in _index.Candidates(story.Signature))
        {
            var other = _stories[id];
            if (Options.RequireDifferentSource && string.Equals(other.Source, story.Source, StringComparison.Ordinal))
            {
                continue;
            }

            if ((other.PublishedAt - story.PublishedAt).Duration() > Options.Window)
            {
                continue;
            }

            var similarity = MinHasher.EstimateJaccard(story.Signature, other.Signature);
            if (similarity >= Options.Threshold)
            {
                found.Add(new ScoredArticle(id, similarity));
            }
        }

        return found;
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
