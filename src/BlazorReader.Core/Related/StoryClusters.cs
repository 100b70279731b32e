namespace BlazorReader.Core.Related;

// Clusters of articles telling one story. Merging relabels the smaller cluster, so a
// look-up is a single read that parallel list building can share without locks; a
// cluster is named by its smallest id, whatever order the articles arrived in.
internal sealed class StoryClusters
{
    // Most articles stand alone: such an article is its own root and has no members list or
    // smallest id below (a list and two entries per article were 3 MB for 30,000 articles).
    private readonly Dictionary<int, int> rootOf = [];
    // Only roots of clusters of two or more.
    private readonly Dictionary<int, List<int>> membersOf = [];
    private readonly Dictionary<int, int> smallestOf = [];

    public void Add(int id) => rootOf.TryAdd(id, id);

    public int Find(int id) => rootOf.TryGetValue(id, out var root) ? smallestOf.GetValueOrDefault(root, root) : id;

    public IReadOnlyList<int> Members(int id) =>
        rootOf.TryGetValue(id, out var root) && membersOf.TryGetValue(root, out var members) ? members : [id];

    // Union-find cannot undo a merge, so the cluster the article leaves is taken apart and
    // joined again along the twin links that remain: a story held together only through the
    // removed article splits in two, as if that article had never been seen.
    public void Remove(int id, Func<int, IEnumerable<int>> linksOf)
    {
        if (!rootOf.Remove(id, out var root) || !membersOf.Remove(root, out var members))
        {
            return;
        }

        smallestOf.Remove(root);
        var rest = members.Where(m => m != id).ToList();
        foreach (var member in rest)
        {
            rootOf[member] = member;
        }

        foreach (var member in rest)
        {
            foreach (var linked in linksOf(member))
            {
                Union(member, linked);
            }
        }
    }

    public void Union(int left, int right)
    {
        var a = rootOf[left];
        var b = rootOf[right];
        if (a == b)
        {
            return;
        }

        var (keep, fold) = Size(a) >= Size(b) ? (a, b) : (b, a);
        var smallest = Math.Min(smallestOf.GetValueOrDefault(keep, keep), smallestOf.GetValueOrDefault(fold, fold));
        var kept = membersOf.GetValueOrDefault(keep) ?? [keep];
        var folded = membersOf.GetValueOrDefault(fold) ?? [fold];
        foreach (var member in folded)
        {
            rootOf[member] = keep;
        }

        kept.AddRange(folded);
        membersOf[keep] = kept;
        smallestOf[keep] = smallest;
        membersOf.Remove(fold);
        smallestOf.Remove(fold);
    }

    private int Size(int root) => membersOf.TryGetValue(root, out var members) ? members.Count : 1;
}
