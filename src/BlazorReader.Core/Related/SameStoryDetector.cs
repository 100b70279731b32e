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
    private readonly Dictionary<int, int> _copyOf = [];
    private readonly ShingleFrequencies _frequencies = new();

    public SameStoryDetector(SameStoryOptions? options = null)
    {
        Options = options ?? SameStoryOptions.Default;
        _hasher = new MinHasher(Options.Permutations, Options.Seed);
        _index = new LshIndex(Options.Permutations / Options.RowsPerBand, Options.RowsPerBand);
    }

    public SameStoryOptions Options { get; }

    public int Count => _stories.Count;

    // Pure and thread-safe.
    public ulong[] Shingles(RelatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Shingler.Shingles(string.IsNullOrWhiteSpace(document.Body) ? document.Title : document.Body, Options.ShingleSize);
    }

    // Counting comes before fingerprinting: a rebuild counts every article first, so all
    // signatures leave out the same templates; an incremental Add counts what it has seen.
    public void CountShingles(ReadOnlySpan<ulong> shingles) => _frequencies.Add(shingles);

    // Thread-safe as long as nothing is counted or added meanwhile.
    public StoryFingerprint Fingerprint(RelatedDocument document, ulong[] shingles)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(shingles);
        var kept = shingles.Where(s => _frequencies.Estimate(s) <= Options.MaxShingleArticles).ToArray();
        // A text made only of template lines keeps them rather than resembling nothing.
        var signed = kept.Length > 0 ? kept : shingles;
        return new StoryFingerprint(document.Id, document.Source, document.PublishedAt, _hasher.Signature(signed), signed.Length);
    }

    public IReadOnlyList<ScoredArticle> Add(RelatedDocument document)
    {
        var shingles = Shingles(document);
        CountShingles(shingles);
        return Add(Fingerprint(document, shingles));
    }

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
            if (member != id && !all.ContainsKey(member) && Admits(story, _stories[member]) is { } similarity && IsTwin(story, _stories[member], similarity, Options.ClusterThreshold))
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
            if (Admits(story, _stories[id]) is { } similarity && IsTwin(story, _stories[id], similarity, Options.Threshold))
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
            var other = _stories[id];
            if (string.Equals(other.Source, story.Source, StringComparison.Ordinal) &&
                (other.PublishedAt - story.PublishedAt).Duration() <= Options.Window &&
                MinHasher.EstimateJaccard(story.Signature, other.Signature) >= Options.CopyThreshold)
            {
                var first = CopyOf(id) ?? id;
                _copyOf[story.Id] = Math.Min(first, _copyOf.GetValueOrDefault(story.Id, first));
            }
        }
    }

    // Jaccard undersells a short brief printed inside a longer report: the shared shingles
    // estimated from Jaccard and both sizes tell how much of the shorter text the longer holds.
    private bool IsTwin(StoryFingerprint story, StoryFingerprint other, double jaccard, double threshold)
    {
        if (jaccard >= threshold)
        {
            return true;
        }

        var smaller = Math.Min(story.ShingleCount, other.ShingleCount);
        var shared = jaccard * (story.ShingleCount + other.ShingleCount) / (1 + jaccard);
        return smaller >= Options.MinContainedShingles && shared / smaller >= Options.ContainmentThreshold;
    }

    // The similarity of two stories that may be twins at all (other paper, inside the window).
    private double? Admits(StoryFingerprint story, StoryFingerprint other)
    {
        if (Options.RequireDifferentSource && string.Equals(other.Source, story.Source, StringComparison.Ordinal))
        {
            return null;
        }

        if ((other.PublishedAt - story.PublishedAt).Duration() > Options.Window)
        {
            return null;
        }

        return MinHasher.EstimateJaccard(story.Signature, other.Signature);
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
