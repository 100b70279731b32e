using BlazorReader.Core.Related;

namespace BlazorReader.Data.Stories;

// A story's headline, chosen from its members: the one sharing most words (light stems) with
// the other members' headlines says what they agree on; the earliest wins a tie.
public static class StoryTitle
{
    public static string Choose(IReadOnlyList<StoryCandidate> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var titles = members.Select(m => m.Title.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (titles.Count == 0)
        {
            return "";
        }
        var words = titles.Select(t => new HashSet<ulong>(TitleWords.Of(t))).ToList();
        var best = 0;
        var bestScore = -1;
        for (var i = 0; i < titles.Count; i++)
        {
            var score = Enumerable.Range(0, titles.Count).Where(j => j != i).Sum(j => words[i].Count(words[j].Contains));
            if (score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }
        return titles[best];
    }
}
