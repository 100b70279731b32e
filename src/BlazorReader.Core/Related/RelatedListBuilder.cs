namespace BlazorReader.Core.Related;

// The list rules of issue 6, in one place: precedence pins > teasers > same story > topical,
// and the exclusions every kind obeys. Diversity applies to topical items only: an editor's
// pin or another paper's copy of the story is wanted even if it repeats a source.
public sealed class RelatedListBuilder(Func<int, RelatedArticleFacts?> facts)
{
    public const int MaxItems = 10;
    public const int MaxTopicalPerSource = 3;

    public IReadOnlyList<RelatedItem> Build(RelatedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var list = new RelatedListDraft(request, facts);
        foreach (var id in request.Pins)
        {
            list.TryAdd(id, RelatedKind.Pinned, 1.0);
        }

        foreach (var teaser in request.Teasers)
        {
            list.TryAdd(teaser.ArticleId, RelatedKind.Teaser, teaser.Score);
        }

        foreach (var twin in request.SameStory.OrderByDescending(t => t.Score))
        {
            list.TryAdd(twin.ArticleId, RelatedKind.SameStory, twin.Score);
        }

        foreach (var neighbour in request.Topical.OrderByDescending(t => t.Score))
        {
            list.TryAddDiverse(neighbour.ArticleId, neighbour.Score);
        }

        return list.Items;
    }
}
