namespace BlazorReader.Core.Related;

// Union-find over article ids. The root is always the smallest id, so a cluster's id is
// stable whatever order the articles arrived in.
internal sealed class StoryClusters
{
    private readonly Dictionary<int, int> _parent = [];

    public void Add(int id) => _parent.TryAdd(id, id);

    public int Find(int id)
    {
        if (!_parent.TryGetValue(id, out var parent))
        {
            return id;
        }

        if (parent == id)
        {
            return id;
        }

        var root = Find(parent);
        _parent[id] = root; // path compression keeps later look-ups flat
        return root;
    }

    public void Union(int left, int right)
    {
        var a = Find(left);
        var b = Find(right);
        if (a == b)
        {
            return;
        }

        if (a < b)
        {
            _parent[b] = a;
        }
        else
        {
            _parent[a] = b;
        }
    }
}
