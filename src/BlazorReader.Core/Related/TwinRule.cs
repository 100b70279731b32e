namespace BlazorReader.Core.Related;

// When two fingerprints tell the same story (another paper, inside the window, not the other
// leg of one visit, similar enough), and when they are one paper's text twice.
internal sealed class TwinRule(SameStoryOptions options)
{
    // The estimated Jaccard when the two are twins at this threshold, otherwise null.
    public double? Twin(StoryFingerprint story, StoryFingerprint other, double threshold)
    {
        if (options.RequireDifferentSource && SameSource(story, other))
        {
            return null;
        }

        if (!InWindow(story, other) || VisitLegs.Differ(story.Leg, other.Leg))
        {
            return null;
        }

        var jaccard = MinHasher.EstimateJaccard(story.Signature, other.Signature);
        if (jaccard < threshold && !MostlyContained(story, other, jaccard))
        {
            return null;
        }

        return jaccard >= options.HeadlineCheckBelow || HeadlinesAgree(story, other) ? jaccard : null;
    }

    public bool IsCopy(StoryFingerprint story, StoryFingerprint other) =>
        SameSource(story, other) && InWindow(story, other) &&
        MinHasher.EstimateJaccard(story.Signature, other.Signature) >= options.CopyThreshold;

    // Jaccard undersells a short brief printed inside a longer report: the shared shingles
    // estimated from Jaccard and both sizes tell how much of the shorter text the longer holds.
    private bool MostlyContained(StoryFingerprint story, StoryFingerprint other, double jaccard)
    {
        var smaller = Math.Min(story.ShingleCount, other.ShingleCount);
        var shared = jaccard * (story.ShingleCount + other.ShingleCount) / (1 + jaccard);
        return smaller >= options.MinContainedShingles && shared / smaller >= options.ContainmentThreshold;
    }

    // One headline's distinctive word in the other's headline or opening. No headline on
    // either side (a body-only text) leaves nothing to disagree with.
    private static bool HeadlinesAgree(StoryFingerprint story, StoryFingerprint other) =>
        story.TitleWords is null || other.TitleWords is null || story.LeadWords is null || other.LeadWords is null ||
        TitleWords.ShareAny(story.TitleWords, other.LeadWords) || TitleWords.ShareAny(other.TitleWords, story.LeadWords);

    private bool InWindow(StoryFingerprint story, StoryFingerprint other) =>
        (other.PublishedAt - story.PublishedAt).Duration() <= options.Window;

    private static bool SameSource(StoryFingerprint story, StoryFingerprint other) =>
        string.Equals(other.Source, story.Source, StringComparison.Ordinal);
}
