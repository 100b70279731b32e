namespace BlazorReader.Core.Related;

// Everything needed to compute related lists, kept in memory: the same-story detector,
// the topical finder and the facts the list rules check. Build fills it on every core;
// Add takes one new article, Remove takes one out (an edit is both), and each says whose
// lists must be recomputed.
public sealed class RelatedIndex
{
    private const int TopicalCandidates = 40;

    // Only the source is kept per article: the texts live in the store, and a site's worth
    // of bodies held here would double the memory the index needs.
    private readonly Dictionary<int, string> sources = [];
    // The headline's key and its words as printed, for the list rules and the reasons.
    private readonly Dictionary<int, HeadlineWords> headlines = [];
    private readonly SharedNames names;
    private readonly TextKeys textKeys = new();
    private readonly Func<int, bool> isPublic;
    private readonly RelatedListBuilder builder;

    public RelatedIndex(SameStoryOptions? sameStory = null, TopicalOptions? topical = null, Func<int, bool>? isPublic = null)
    {
        SameStory = new SameStoryDetector(sameStory);
        Topical = new TopicalNeighbourFinder(topical);
        this.isPublic = isPublic ?? (_ => true);
        names = new SharedNames(SameStory.Fingerprinter.Weights, SameStory.Options);
        builder = new RelatedListBuilder(Facts, Reason);
    }

    public SameStoryDetector SameStory { get; }

    public TopicalNeighbourFinder Topical { get; }

    public int Count => sources.Count;

    public static RelatedIndex Build(IReadOnlyList<RelatedDocument> documents, SameStoryOptions? sameStory = null, TopicalOptions? topical = null, Func<int, bool>? isPublic = null)
    {
        var builder = new RelatedIndexBuilder(sameStory, topical, isPublic);
        builder.AddPage(documents);
        return builder.Build();
    }

    public bool Contains(int id) => sources.ContainsKey(id);

    // Returns the ids whose lists may now include the newcomer (its twins and neighbours).
    public IReadOnlyList<int> Add(RelatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        AddAnalysed(document, Topical.Terms(document), TextKeys.Hash(document));
        SameStory.Add(SameStory.Fingerprinter.CountAndFingerprint(document));
        return ListsThatMayHold(document.Id);
    }

    // Leaves the index as if the article had never been added. Returns the ids whose lists
    // may have shown it, or whose story it held together; lists that show it are the
    // caller's to find as well (the list rules can pick from deeper than this reaches).
    public IReadOnlyList<int> Remove(int id)
    {
        if (!sources.ContainsKey(id))
        {
            return [];
        }

        var affected = new HashSet<int>(ListsThatMayHold(id));
        affected.UnionWith(SameStory.Remove(id));
        Topical.Remove(id);
        textKeys.Remove(id);
        sources.Remove(id);
        headlines.Remove(id);
        return [.. affected];
    }

    // An edited article: out with the old text, in with the new; both sides' lists change.
    public IReadOnlyList<int> Replace(RelatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [.. Remove(document.Id).Union(Add(document))];
    }

    // The articles whose lists may show this one: its twins and its closest neighbours
    // (a neighbour relation is nearly symmetric). Used when an article is added or changes
    // status, so only those lists are recomputed.
    public IReadOnlyList<int> ListsThatMayHold(int id) =>
        [.. SameStory.TwinsOf(id).Concat(Topical.Query(id, TopicalCandidates)).Select(t => t.ArticleId).Distinct()];

    public IReadOnlyList<RelatedItem> ListFor(int id) => ListFor(id, [], [], []);

    public IReadOnlyList<RelatedItem> ListFor(int id, IReadOnlyList<int> pins, IReadOnlyCollection<int> hidden, IReadOnlyList<ScoredArticle> teasers) =>
        builder.Build(new RelatedRequest(id, pins, hidden, teasers, SameStory.TwinsOf(id), Topical.Query(id, TopicalCandidates)));

    public RelatedArticleFacts? Facts(int id) =>
        sources.TryGetValue(id, out var source)
            ? new RelatedArticleFacts(source, isPublic(id), SameStory.ClusterOf(id), SameStory.CopyOf(id) ?? textKeys.KeyOf(id), headlines.GetValueOrDefault(id)?.Key ?? 0)
            : null;

    // What a reader is shown beside the link from one article to another: the names and
    // places the two share, or null.
    public string? Reason(int articleId, int itemId) =>
        names.Between(headlines.GetValueOrDefault(articleId), SameStory.HeadlineOf(articleId), headlines.GetValueOrDefault(itemId), SameStory.HeadlineOf(itemId));

    // Everything but the same-story part, which a bulk build adds once every article is counted.
    internal void AddAnalysed(RelatedDocument document, TopicalTerms terms, ulong textHash)
    {
        sources.Add(document.Id, document.Source);
        headlines.Add(document.Id, HeadlineWords.Of(document.Title));
        textKeys.Add(document.Id, textHash);
        Topical.Add(terms);
    }
}
