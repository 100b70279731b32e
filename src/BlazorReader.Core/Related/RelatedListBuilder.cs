namespace BlazorReader.Core.Related;

// The rules of a related list, in order of precedence: editor pins, resolved teasers, the same
// story from other sources, topical neighbours. Never the article itself, a repeat, something
// an editor hid, an article readers cannot see, or a copy of a listed text under another
// address; at most three topical items from one source and one per same-story cluster.
public sealed record RelatedListBuilder
{
    public const int MaxItems = 10;
    private const int MaxTopicalPerSource = 3;

    public required int ArticleId { get; init; }
    public IReadOnlyList<int> Pins { get; init; } = [];
    public IReadOnlySet<int> Hidden { get; init; } = new HashSet<int>();
    public IReadOnlyList<int> TeaserTargets { get; init; } = [];
    public IReadOnlyList<(int Id, double Score)> Topical { get; init; } = [];
    public required Func<int, bool> IsPublic { get; init; }
    public required Func<int, string?> SourceOf { get; init; }

    // The same-story twins of any article (copies of its text flagged), as SameStoryIndex gives them.
    public required Func<int, IReadOnlyList<(int Id, double Similarity, bool Copy)>> TwinsOf { get; init; }

    public IReadOnlyList<RelatedItem> Build()
    {
        var list = new List<RelatedItem>();
        var twins = TwinsOf(ArticleId);
        var excluded = new HashSet<int>(Hidden) { ArticleId };
        excluded.UnionWith(twins.Where(t => t.Copy).Select(t => t.Id));
        bool Take(int id, RelatedKind kind, double score)
        {
            if (list.Count >= MaxItems || excluded.Contains(id) || !IsPublic(id))
            {
                return false;
            }
            list.Add(new RelatedItem(id, kind, score));
            excluded.Add(id);
            // Copies of a listed text never follow it; other tellings of a topical story neither.
            excluded.UnionWith(TwinsOf(id).Where(t => t.Copy || kind == RelatedKind.Topical).Select(t => t.Id));
            return true;
        }
        foreach (var id in Pins.Where(p => !Hidden.Contains(p)))
        {
            Take(id, RelatedKind.Pinned, 1);
        }
        foreach (var id in TeaserTargets)
        {
            Take(id, RelatedKind.Teaser, 1);
        }
        foreach (var (id, similarity, _) in twins.Where(t => !t.Copy))
        {
            Take(id, RelatedKind.SameStory, similarity);
        }
        // A topical item that is itself another telling of this story adds nothing new.
        excluded.UnionWith(twins.Select(t => t.Id));
        var perSource = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (id, score) in Topical)
        {
            var source = SourceOf(id) ?? "";
            if (perSource.GetValueOrDefault(source) >= MaxTopicalPerSource)
            {
                continue;
            }
            if (Take(id, RelatedKind.Topical, score))
            {
                perSource[source] = perSource.GetValueOrDefault(source) + 1;
            }
        }
        return list;
    }
}
