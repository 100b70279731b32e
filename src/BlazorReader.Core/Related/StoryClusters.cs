namespace BlazorReader.Core.Related;

// Clusters of articles telling one story. Merging relabels the smaller cluster, so a
// look-up is a single read that parallel list building can share without locks; a
// cluster is named by its smallest id, whatever order the articles arrived in.
internal sealed class StoryClusters
{
    // Most articles stand alone: such an article is its own root and has no members list or
    // smallest id below (a list and two entries per article were 3 MB for 30,000 articles).
    private readonly Dictionary<int, int> _rootOf = [];
    // Only roots of clusters of two or more.
    private readonly Dictionary<int, List<int>> _members = [];
    private readonly Dictionary<int, int> _smallestOf = [];

    public void Add(int id) => _rootOf.TryAdd(id, id);

    public int Find(int id) => _rootOf.TryGetValue(id, out var root) ? _smallestOf.GetValueOrDefault(root, root) : id;

    public IReadOnlyList<int> Members(int id) =>
        _rootOf.TryGetValue(id, out var root) && _members.TryGetValue(root, out var members) ? members : [id];

    // Union-find cannot undo a merge, so the cluster the article leaves is taken apart and
    // joined again along the twin links that remain: a story held together only through the
    // removed article splits in two, as if that article had never been seen.
    public void Remove(int id, Func<int, IEnumerable<int>> linksOf)
    {
        if (!_rootOf.Remove(id, out var root) || !_members.Remove(root, out var members))
        {
            return;
        }

        _smallestOf.Remove(root);
        var rest = members.Where(m => m != id).ToList();
        foreach (var member in rest)
        {
            _rootOf[member] = member;
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
        var a = _rootOf[left];
        var b = _rootOf[right];
        if (a == b)
        {
            return;
        }

        var (keep, fold) = Size(a) >= Size(b) ? (a, b) : (b, a);
        var smallest = Math.Min(_smallestOf.GetValueOrDefault(keep, keep), _smallestOf.GetValueOrDefault(fold, fold));
        var kept = _members.GetValueOrDefault(keep) ?? [keep];
        var folded = _members.GetValueOrDefault(fold) ?? [fold];
        foreach (var member in folded)
        {
            _rootOf[member] = keep;
        }

        kept.AddRange(folded);
        _members[keep] = kept;
        _smallestOf[keep] = smallest;
        _members.Remove(fold);
        _smallestOf.Remove(fold);
    }

    private int Size(int root) => _members.TryGetValue(root, out var members) ? members.Count : 1;
}
