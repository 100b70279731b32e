namespace BlazorReader.Core.Related;

// One list under construction: remembers what is taken (ids, texts, clusters, sources)
// so each rule is a set look-up.
internal sealed class RelatedListDraft
{
    private readonly RelatedRequest _request;
    private readonly Func<int, RelatedArticleFacts?> _facts;
    private readonly List<RelatedItem> _items = [];
    private readonly HashSet<int> _ids = [];
    private readonly HashSet<int> _texts = [];
    private readonly HashSet<int> _clusters = [];
    private readonly Dictionary<string, int> _topicalPerSource = new(StringComparer.Ordinal);

    public RelatedListDraft(RelatedRequest request, Func<int, RelatedArticleFacts?> facts)
    {
        _request = request;
        _facts = facts;
        _ids.Add(request.ArticleId);
        // The article's own cluster is not taken: its members that were not close enough
        // to be listed as the same story may still be good topical reading.
        if (facts(request.ArticleId) is { } self)
        {
            _texts.Add(self.TextKey);
        }
    }

    public IReadOnlyList<RelatedItem> Items => _items;

    public bool TryAdd(int id, RelatedKind kind, double score) => Admit(id) is { } facts && Take(id, kind, score, facts);

    public bool TryAddDiverse(int id, double score)
    {
        if (Admit(id) is not { } facts || _clusters.Contains(facts.SameStoryCluster))
        {
            return false;
        }

        _topicalPerSource.TryGetValue(facts.Source, out var fromSource);
        if (fromSource >= RelatedListBuilder.MaxTopicalPerSource)
        {
            return false;
        }

        _topicalPerSource[facts.Source] = fromSource + 1;
        return Take(id, RelatedKind.Topical, score, facts);
    }

    // Null when the id may not appear: full list, self, repeat, hidden, unknown, not
    // public, or a text already shown under another id.
    private RelatedArticleFacts? Admit(int id)
    {
        if (_items.Count >= RelatedListBuilder.MaxItems || _ids.Contains(id) || _request.Hidden.Contains(id))
        {
            return null;
        }

        var facts = _facts(id);
        return facts is { IsPublic: true } && !_texts.Contains(facts.TextKey) ? facts : null;
    }

    private bool Take(int id, RelatedKind kind, double score, RelatedArticleFacts facts)
    {
        _items.Add(new RelatedItem(id, kind, score));
        _ids.Add(id);
        _texts.Add(facts.TextKey);
        _clusters.Add(facts.SameStoryCluster);
        return true;
    }
}
