namespace BlazorReader.Core.Related;

// One list under construction: remembers what is taken (ids, texts, stories, headlines,
// sources) so each rule is a set look-up.
internal sealed class RelatedListDraft
{
    private readonly RelatedRequest request;
    private readonly Func<int, RelatedArticleFacts?> facts;
    private readonly List<RelatedItem> items = [];
    private readonly HashSet<int> ids = [];
    private readonly HashSet<int> texts = [];
    private readonly HashSet<int> stories = [];
    private readonly HashSet<ulong> headlines = [];
    private readonly Dictionary<string, int> topicalPerSource = new(StringComparer.Ordinal);

    public RelatedListDraft(RelatedRequest request, Func<int, RelatedArticleFacts?> facts)
    {
        this.request = request;
        this.facts = facts;
        ids.Add(request.ArticleId);
        // The article's own story and headline are taken: the coverage section shows them.
        if (facts(request.ArticleId) is { } self)
        {
            texts.Add(self.TextKey);
            stories.Add(self.SameStoryCluster);
            AddHeadline(self.HeadlineKey);
        }
    }

    public IReadOnlyList<RelatedItem> Items => items;

    // An editor's pin: only the rules no editor overrides (self, hidden, not public, repeats).
    public bool TryAdd(int id, RelatedKind kind, double score, string? reason) =>
        Admit(id) is { } facts && Take(id, kind, score, reason, facts);

    public bool TryAddOtherStory(int id, RelatedKind kind, double score, string? reason) =>
        Admit(id) is { } facts && IsOtherStory(facts) && Take(id, kind, score, reason, facts);

    public bool TryAddDiverse(int id, double score, string? reason)
    {
        if (Admit(id) is not { } facts || !IsOtherStory(facts))
        {
            return false;
        }

        topicalPerSource.TryGetValue(facts.Source, out var fromSource);
        if (fromSource >= RelatedListBuilder.MaxTopicalPerSource)
        {
            return false;
        }

        topicalPerSource[facts.Source] = fromSource + 1;
        return Take(id, RelatedKind.Topical, score, reason, facts);
    }

    // A story not listed yet (nor the article's own), under a headline not listed yet.
    private bool IsOtherStory(RelatedArticleFacts facts) =>
        !stories.Contains(facts.SameStoryCluster) && (facts.HeadlineKey == 0 || !headlines.Contains(facts.HeadlineKey));

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

    private bool Take(int id, RelatedKind kind, double score, string? reason, RelatedArticleFacts facts)
    {
        items.Add(new RelatedItem(id, kind, score, reason));
        ids.Add(id);
        texts.Add(facts.TextKey);
        stories.Add(facts.SameStoryCluster);
        AddHeadline(facts.HeadlineKey);
        return true;
    }

    private void AddHeadline(ulong key)
    {
        if (key != 0)
        {
            headlines.Add(key);
        }
    }
}
