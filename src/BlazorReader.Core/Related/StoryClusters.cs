namespace BlazorReader.Core.Related;

// Clusters of articles telling one story. Merging relabels the smaller cluster, so a
// look-up is a single read that parallel list building can share without locks; a
// cluster is named by its smallest id, whatever order the articles arrived in.
internal sealed class StoryClusters
{
    private readonly Dictionary<int, int> _rootOf = [];
    private readonly Dictionary<int, List<int>> _members = [];
    private readonly Dictionary<int, int> _smallestOf = [];

    public void Add(int id)
    {
        if (_rootOf.TryAdd(id, id))
        {
            _members[id] = [id];
            _smallestOf[id] = id;
        }
    }

    public int Find(int id) => _rootOf.TryGetValue(id, out var root) ? _smallestOf[root] : id;

    public IReadOnlyList<int> Members(int id) => _rootOf.TryGetValue(id, out var root) ? _members[root] : [id];

    // Union-find cannot undo a merge, so the cluster the article leaves is taken apart and
    // joined again along the twin links that remain: a story held together only through the
    // removed article splits in two, as if that article had never been seen.
    public void Remove(int id, Func<int, IEnumerable<int>> linksOf)
    {
        if (!_rootOf.Remove(id, out var root))
        {
            return;
        }

        var rest = _members[root].Where(m => m != id).ToList();
        _members.Remove(root);
        _smallestOf.Remove(root);
        foreach (var member in rest)
        {
            _rootOf.Remove(member);
            Add(member);
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

        var (keep, fold) = _members[a].Count >= _members[b].Count ? (a, b) : (b, a);
        foreach (var member in _members[fold])
        {
            _rootOf[member] = keep;
        }

        _members[keep].AddRange(_members[fold]);
        _smallestOf[keep] = Math.Min(_smallestOf[keep], _smallestOf[fold]);
        _members.Remove(fold);
        _smallestOf.Remove(fold);
    }
}
