namespace BlazorReader.Data.Stories;

// Turns the detector's clusters into stories: published articles only, editors' Apart
// articles left out, Together pairs joined, and a group is a story only when at least two
// papers tell it (a paper's copies of its own article are one telling, never a story).
public static class StoryGrouper
{
    public static List<List<StoryCandidate>> Group(IReadOnlyDictionary<int, StoryCandidate> candidates,
        Func<int, IReadOnlyList<int>> clusterOf, StoryRuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(clusterOf);
        ArgumentNullException.ThrowIfNull(rules);
        bool Member(int id) => candidates.TryGetValue(id, out var c) && c.IsPublished && !rules.IsApart(id);
        var parent = new Dictionary<int, int>();
        int Find(int id)
        {
            while (parent[id] != id)
            {
                parent[id] = parent[parent[id]];
                id = parent[id];
            }
            return id;
        }
        void Union(int a, int b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra != rb)
            {
                parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }
        foreach (var id in candidates.Keys.Where(Member))
        {
            parent[id] = id;
        }
        foreach (var id in parent.Keys.ToList())
        {
            foreach (var other in clusterOf(id).Concat(rules.TogetherWith(id)).Where(parent.ContainsKey))
            {
                Union(id, other);
            }
        }
        return [.. parent.Keys.GroupBy(Find)
            .Select(g => g.Select(id => candidates[id]).OrderBy(c => c.SortDate).ThenBy(c => c.Id).ToList())
            .Where(g => g.Select(c => c.Source ?? "").Distinct(StringComparer.Ordinal).Count() >= 2)];
    }
}
