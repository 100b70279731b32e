namespace BlazorReader.Core.Related;

// When two papers tell one event in their own words: headlines that name the same rare things
// (IDF-weighted, over the light stems, so «الحوثيون» and «للحوثيين» are one word), openings
// that do too, and no figure in dispute. Shared text is TwinRule's evidence; this is the rest.
internal sealed class HeadlineRule(HeadlineWeights weights, SameStoryOptions options)
{
    // The similarity when the two are the same story by their headlines and openings, else null.
    public double? Match(StoryHeadline story, StoryHeadline other)
    {
        if (story.IsEmpty || other.IsEmpty || NumbersDisagree(story, other) || OtherFiller(story, other) ||
            !(NameFound(story, other) || NameFound(other, story)))
        {
            return null;
        }

        var score = Score(story, other);
        return score >= options.HeadlineThreshold ? score : null;
    }

    // Headline against headline, or each headline found in the other's opening (a desk moves
    // a name from its headline to its lead), blended with opening against opening.
    public double Score(StoryHeadline story, StoryHeadline other)
    {
        if (story.IsEmpty || other.IsEmpty)
        {
            return 0;
        }

        var title = Ochiai(story.Title, other.Title);
        var cross = (Coverage(story.Title, other.Lead) + Coverage(other.Title, story.Lead)) / 2;
        var lead = Ochiai(story.Lead, other.Lead);
        return (options.HeadlineTitleShare * Math.Max(title, cross)) + ((1 - options.HeadlineTitleShare) * lead);
    }

    // Words alone do not make one event: a daily template («يهنئ رئيس … بذكرى الاستقلال»,
    // «استشهاد … بمقذوف») shares them all. One headline must name something specific (a word
    // in a handful of articles: a person, a place, a thing) that the other report names too.
    private bool NameFound(StoryHeadline story, StoryHeadline other)
    {
        var specific = Math.Max(options.HeadlineMinNameCount, weights.Articles * options.HeadlineNameShare);
        return story.Title.Any(w => weights.ArticlesWith(w) <= specific && Array.BinarySearch(other.Lead, w) >= 0);
    }

    // Two headlines that both give figures and share none report two events ("3 deaths in a
    // fire in Jeddah", "7 deaths in a fire in Dammam"): evidence against, whatever else agrees.
    public static bool NumbersDisagree(StoryHeadline story, StoryHeadline other) =>
        story.Numbers.Length > 0 && other.Numbers.Length > 0 && !story.Numbers.Intersect(other.Numbers).Any();

    // One headline template with another filler: the same headline, word for word, but for
    // a figure, or a short run of words (a place, a person) that the other's headline and
    // opening never mention: «معرض جدة الدولي للكتاب», «معرض الرياض الدولي للكتاب». A desk's
    // rewrite reorders and rewords; it does not keep every word but the name.
    public bool OtherFiller(StoryHeadline story, StoryHeadline other)
    {
        if (story.IsEmpty || other.IsEmpty)
        {
            return false;
        }

        var (mine, theirs) = Middles(story.Sequence, other.Sequence);
        // The words both keep must be most of the headline: two headlines that share only a
        // long tail are a digest and its item, not a template.
        var kept = story.Sequence.Length - mine.Length;
        var template = mine.Length + theirs.Length > 0 && Math.Max(mine.Length, theirs.Length) <= options.FillerWords &&
            kept > 2 * Math.Max(1, Math.Max(mine.Length, theirs.Length));
        return template && (NumbersDisagree(story, other) ||
            (mine.Any(w => Array.BinarySearch(other.Lead, w) < 0) && theirs.Any(w => Array.BinarySearch(story.Lead, w) < 0)));
    }

    // What is left of each sequence once the words both begin and end with are taken off.
    private static (ulong[] Mine, ulong[] Theirs) Middles(ulong[] left, ulong[] right)
    {
        var start = 0;
        while (start < left.Length && start < right.Length && left[start] == right[start])
        {
            start++;
        }

        var end = 0;
        while (end < left.Length - start && end < right.Length - start && left[^(end + 1)] == right[^(end + 1)])
        {
            end++;
        }

        return (left[start..^end], right[start..^end]);
    }

    private double Ochiai(ulong[] left, ulong[] right)
    {
        var total = Math.Sqrt(weights.TotalWeight(left) * weights.TotalWeight(right));
        return total <= 0 ? 0 : weights.SharedWeight(left, right) / total;
    }

    // Share of the words' weight found in the other set.
    private double Coverage(ulong[] words, ulong[] other)
    {
        var total = weights.TotalWeight(words);
        return total <= 0 ? 0 : weights.SharedWeight(words, other) / total;
    }
}
