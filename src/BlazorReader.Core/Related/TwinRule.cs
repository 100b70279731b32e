namespace BlazorReader.Core.Related;

// When two fingerprints tell the same story (another paper, inside the window, similar
// enough), and when they are one paper's text twice.
internal sealed class TwinRule(SameStoryOptions options)
{
    // The estimated Jaccard when the two are twins at this threshold, otherwise null.
    public double? Twin(StoryFingerprint story, StoryFingerprint other, double threshold)
    {
        if (options.RequireDifferentSource && SameSource(story, other))
        {
            return null;
        }

        if (!InWindow(story, other))
        {
            return null;
        }

        var jaccard = MinHasher.EstimateJaccard(story.Signature, other.Signature);
        return jaccard >= threshold || MostlyContained(story, other, jaccard) ? jaccard : null;
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

    private bool InWindow(StoryFingerprint story, StoryFingerprint other) =>
        (other.PublishedAt - story.PublishedAt).Duration() <= options.Window;

    private static bool SameSource(StoryFingerprint story, StoryFingerprint other) =>
        string.Equals(other.Source, story.Source, StringComparison.Ordinal);
}
