namespace BlazorReader.Core.Related;

// The list rules of issues 6 and 15, in one place. The list holds other stories only: the
// article's own story is shown in its coverage section, so no member of it is listed, and one
// article stands for each other story; no headline twice. Precedence: an editor's pins (which
// the story rules do not override), teasers, then topical neighbours that share a name or a
// place with the article (follow-ups and background), then the other neighbours. Diversity
// of sources applies to topical items only. Each item carries its reason when there is one.
public sealed class RelatedListBuilder(Func<int, RelatedArticleFacts?> facts, Func<int, int, string?>? reasonOf = null)
{
    public const int MaxItems = 10;
    public const int MaxTopicalPerSource = 3;

    public IReadOnlyList<RelatedItem> Build(RelatedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var list = new RelatedListDraft(request, facts);
        foreach (var id in request.Pins)
        {
            list.TryAdd(id, RelatedKind.Pinned, 1.0, Reason(request.ArticleId, id));
        }

        foreach (var teaser in request.Teasers)
        {
            list.TryAddOtherStory(teaser.ArticleId, RelatedKind.Teaser, teaser.Score, Reason(request.ArticleId, teaser.ArticleId));
        }

        var neighbours = request.Topical
            .Select(n => (Neighbour: n, Reason: Reason(request.ArticleId, n.ArticleId)))
            .OrderBy(n => n.Reason is null)
            .ThenByDescending(n => n.Neighbour.Score);
        foreach (var (neighbour, reason) in neighbours)
        {
            list.TryAddDiverse(neighbour.ArticleId, neighbour.Score, reason);
        }

        return list.Items;
    }

    private string? Reason(int article, int item) => reasonOf?.Invoke(article, item);
}
