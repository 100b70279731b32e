namespace BlazorReader.Core.Related;

// When two fingerprints tell the same story (another paper, inside the window, not the other
// leg of one visit, similar enough), and when they are one paper's text twice.
internal sealed class TwinRule(SameStoryOptions options, HeadlineRule? headlines = null)
{
    // The estimated Jaccard when the two are twins at this threshold, otherwise null.
    public double? Twin(StoryFingerprint story, StoryFingerprint other, double threshold)
    {
        if (!Comparable(story, other))
        {
            return null;
        }

        var jaccard = MinHasher.EstimateJaccard(story.Signature, other.Signature);
        if (jaccard < threshold && !MostlyContained(story, other, jaccard))
        {
            return null;
        }

        // One template told of two events shares most of its words; only a copy shares more.
        if (jaccard < options.CopyThreshold && OtherFiller(story, other))
        {
            return null;
        }

        return jaccard >= options.HeadlineCheckBelow ||
            (HeadlinesAgree(story, other) && HoldsLeadItem(story, other) && HoldsLeadItem(other, story)) ? jaccard : null;
    }

    // Another paper (unless the options allow one paper's own), inside the window, not the
    // other leg of one visit: only such pairs can be one story told twice.
    public bool Comparable(StoryFingerprint story, StoryFingerprint other) =>
        !(options.RequireDifferentSource && SameSource(story, other)) && InWindow(story, other) && !VisitLegs.Differ(story.Leg, other.Leg);

    // Two texts under one headline template with another filler are two events.
    private bool OtherFiller(StoryFingerprint story, StoryFingerprint other) =>
        headlines is not null && story.Headline is { } mine && other.Headline is { } theirs && headlines.OtherFiller(mine, theirs);

    public bool IsCopy(StoryFingerprint story, StoryFingerprint other) =>
        SameSource(story, other) && InWindow(story, other) &&
        MinHasher.EstimateJaccard(story.Signature, other.Signature) >= options.CopyThreshold;

    // Jaccard undersells a short brief printed inside a longer report: the shared shingles
    // estimated from Jaccard and both sizes tell how much of the shorter text the longer holds.
    private bool MostlyContained(StoryFingerprint story, StoryFingerprint other, double jaccard)
    {
        var smaller = Math.Min(story.ShingleCount, other.ShingleCount);
        var shared = SharedShingles(jaccard, story.ShingleCount, other.ShingleCount);
        return smaller >= options.MinContainedShingles && shared / smaller >= options.ContainmentThreshold;
    }

    // |A ∩ B| from the Jaccard and both sizes: J = s / (a + b - s).
    private static double SharedShingles(double jaccard, int left, int right) => jaccard * (left + right) / (1 + jaccard);

    // A weak match with a digest is its story only if the other text tells the digest's lead
    // item (the one its headline names), or the two headlines name the same later item; a
    // lead item too short to measure says nothing.
    private bool HoldsLeadItem(StoryFingerprint digest, StoryFingerprint other)
    {
        if (digest.LeadItem is not { } lead || lead.ShingleCount < options.MinContainedShingles)
        {
            return true;
        }

        var jaccard = MinHasher.EstimateJaccard(lead.Signature, other.Signature);
        var shared = SharedShingles(jaccard, lead.ShingleCount, other.ShingleCount);
        return shared / lead.ShingleCount >= options.LeadItemShare ||
            TitleWords.SharedCount(digest.TitleWords, other.TitleWords) >= options.DigestTitleWords;
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
