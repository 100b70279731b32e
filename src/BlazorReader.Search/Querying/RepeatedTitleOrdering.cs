using BlazorReader.Core.Arabic;

namespace BlazorReader.Search.Querying;

// Agency copy runs in several newspapers under one headline (1,175 corpus titles repeat).
// Such articles score almost alike, differing only by body length; readers want the most
// recent one first, so articles sharing a title swap places among themselves by date.
internal static class RepeatedTitleOrdering
{
    public static List<SearchHit> MostRecentFirst(List<SearchHit> hits)
    {
        var groups = hits.Select((hit, index) => (hit, index))
            .GroupBy(x => ArabicNormalizer.Normalize(x.hit.Title))
            .Where(g => g.Count() > 1);
        var ordered = hits.ToList();
        foreach (var group in groups)
        {
            var slots = group.Select(x => x.index).ToList();
            var byDate = group.Select(x => x.hit).OrderByDescending(h => h.PublishedAt ?? DateTime.MinValue).ToList();
            for (var i = 0; i < slots.Count; i++)
            {
                ordered[slots[i]] = byDate[i];
            }
        }

        return ordered;
    }
}
