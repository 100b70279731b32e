namespace BlazorReader.Data.Stories;

// Links to /stories/{id} must survive recomputation: a group keeps the stored story most of
// its members already had (the smallest id on a tie); groups that claim more members choose
// first, so when a story splits its larger part keeps the id. Otherwise a new row.
public static class StoryIds
{
    public static List<(IReadOnlyList<StoryCandidate> Group, Story Story)> Assign(IEnumerable<List<StoryCandidate>> groups,
        IReadOnlyDictionary<int, Story> stored)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(stored);
        var claims = groups.Select(g => (Group: g, Votes: g.Where(c => c.StoryId is not null && stored.ContainsKey(c.StoryId.Value))
                .GroupBy(c => c.StoryId!.Value).Select(v => (Id: v.Key, Count: v.Count()))
                .OrderByDescending(v => v.Count).ThenBy(v => v.Id).ToList()))
            .OrderByDescending(c => c.Votes.Count == 0 ? 0 : c.Votes[0].Count).ThenByDescending(c => c.Group.Count).ThenBy(c => c.Group[0].Id);
        var taken = new HashSet<int>();
        var result = new List<(IReadOnlyList<StoryCandidate>, Story)>();
        foreach (var (group, votes) in claims)
        {
            var kept = votes.Select(v => (int?)v.Id).FirstOrDefault(id => !taken.Contains(id!.Value));
            if (kept is { } id)
            {
                taken.Add(id);
                result.Add((group, stored[id]));
            }
            else
            {
                result.Add((group, new Story()));
            }
        }
        return result;
    }
}
