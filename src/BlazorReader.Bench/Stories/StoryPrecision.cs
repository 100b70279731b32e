using BlazorReader.Bench.Related;
using BlazorReader.Core.Related;

namespace BlazorReader.Bench.Stories;

// Part (c) on labels. Positives: the strict text label's pairs and the generated rewrites;
// negatives: random two-paper pairs in the window that share no 5-word phrase, and the
// generated hard negatives. Precision = joined positives over everything joined. The share
// of story links whose two texts share no 5-word phrase at all is printed beside it: not
// wrong by itself (a paraphrase shares none), but where wrong links would have to be.
public sealed record StoryPrecision(int PairsJoined, int Pairs, int NonPairsJoined, int NonPairs, int RewritesJoined, int Rewrites, int NegativesJoined, int Negatives, int Links, int LinksWithoutSharedText)
{
    public double Precision
    {
        get
        {
            var right = PairsJoined + RewritesJoined;
            var wrong = NonPairsJoined + NegativesJoined;
            return right + wrong == 0 ? 0 : right / (double)(right + wrong);
        }
    }

    internal static StoryPrecision Of(RelatedIndex index, TwinLabels labels, List<GeneratedCase> generated)
    {
        var pairsJoined = labels.Pairs.Count(p => RewordedPairs.InStory(index, p.Left, p.Right));
        var nonPairsJoined = labels.NonPairs.Count(p => RewordedPairs.InStory(index, p.Left, p.Right));
        var rewrites = generated.Where(c => c.Kind == GeneratedStories.Rewrite).ToList();
        var negatives = generated.Where(c => c.Kind != GeneratedStories.Rewrite).ToList();
        var (links, unshared) = CountLinks(index, labels);
        return new StoryPrecision(pairsJoined, labels.Pairs.Count, nonPairsJoined, labels.NonPairs.Count,
            rewrites.Count(c => c.Joined), rewrites.Count, negatives.Count(c => c.Joined), negatives.Count, links, unshared);
    }

    // Every two-paper pair of every story (stories of more than 300 articles are sampled
    // by their first 300: a chain that big is wrong whatever its pairs say).
    private static (int Links, int Unshared) CountLinks(RelatedIndex index, TwinLabels labels)
    {
        var (links, unshared) = (0, 0);
        var sources = labels.Articles.ToDictionary(a => a.Id, a => a.Source);
        foreach (var story in labels.Articles.Select(a => a.Id).GroupBy(index.SameStory.ClusterOf).Where(g => g.Count() > 1))
        {
            var members = story.Take(300).ToList();
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    if (sources[members[i]] != sources[members[j]])
                    {
                        links++;
                        unshared += labels.StoryContainment(members[i], members[j]) == 0 ? 1 : 0;
                    }
                }
            }
        }

        return (links, unshared);
    }
}
