namespace BlazorReader.Core.Related;

// One list under construction: remembers what is taken (ids, texts, clusters, sources)
// so each rule is a set look-up.
internal sealed class RelatedListDraft
{
    private readonly RelatedRequest request;
    private readonly Func<int, RelatedArticleFacts?> facts;
    private readonly List<RelatedItem> items = [];
    private readonly HashSet<int> ids = [];
    private readonly HashSet<int> texts = [];
    private readonly HashSet<int> clusters = [];
    private readonly Dictionary<string, int> topicalPerSource = new(StringComparer.Ordinal);

    public RelatedListDraft(RelatedRequest request, Func<int, RelatedArticleFacts?> facts)
    {
        this.request = request;
        this.facts = facts;
        ids.Add(request.ArticleId);
        // The article's own cluster is not taken: its members that were not close enough
        // to be listed as the same story may still be good topical reading.
        if (facts(request.ArticleId) is { } self)
        {
            texts.Add(self.TextKey);
        }
    }

    public IReadOnlyList<RelatedItem> Items => items;

    public bool TryAdd(int id, RelatedKind kind, double score) => Admit(id) is { } facts && Take(id, kind, score, facts);

    public bool TryAddDiverse(int id, double score)
    {
        if (Admit(id) is not { } facts || clusters.Contains(facts.SameStoryCluster))
        {
            return false;
        }

        topicalPerSource.TryGetValue(facts.Source, out var fromSource);
        if (fromSource >= RelatedListBuilder.MaxTopicalPerSource)
        {
            return false;
        }

        topicalPerSource[facts.Source] = fromSource + 1;
        return Take(id, RelatedKind.Topical, score, facts);
    }

    // Null when the id may not appear: full list, self, repeat, hidden, unknown, not
    // public, or a text already shown under another id.
    private RelatedArticleFacts? Admit(int id)
    {
        if (items.Count >= RelatedListBuilder.MaxItems || ids.Contains(id) || request.Hidden.Contains(id))
        {
            return null;
        }

        var admitted = facts(id);
        return admitted is { IsPublic: true } && !texts.Contains(admitted.TextKey) ? admitted : null;
    }

    private bool Take(int id, RelatedKind kind, double score, RelatedArticleFacts facts)
    {
        items.Add(new RelatedItem(id, kind, score));
        ids.Add(id);
        texts.Add(facts.TextKey);
        clusters.Add(facts.SameStoryCluster);
        return true;
    }
}
