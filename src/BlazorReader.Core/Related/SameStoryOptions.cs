namespace BlazorReader.Core.Related;

// Defaults tuned on the SaudiNewsNet corpus (see BlazorReader.Bench/Related): 3-row bands
// catch reworded agency copies near Jaccard 0.3 most of the time while unrelated pairs
// rarely collide.
public sealed record SameStoryOptions
{
    public int ShingleSize { get; init; } = Shingler.DefaultSize;

    public int Permutations { get; init; } = 126;

    public int RowsPerBand { get; init; } = 3;

    public ulong Seed { get; init; } = MinHasher.DefaultSeed;

    public double Threshold { get; init; } = 0.3;

    // Or: this share of the shorter text is in the longer one, if the shorter is not a scrap.
    public double ContainmentThreshold { get; init; } = 0.6;

    public int MinContainedShingles { get; init; } = 15;

    // A cluster member reached through another twin is listed from this similarity on.
    public double ClusterThreshold { get; init; } = 0.3;

    public TimeSpan Window { get; init; } = TimeSpan.FromDays(3);

    // A shingle in more articles than this is a template, not a story: 14 papers running one
    // story over two or three days stay under it, the daily weather report does not.
    public int MaxShingleArticles { get; init; } = 45;

    // A shingle in more articles of one paper than this is that paper's template (its daily
    // notices told in the same words), not the story: a paper runs one story once or twice.
    public int MaxSourceRepeats { get; init; } = 4;

    // Below this similarity, a pair is the same story only if the headlines share a
    // distinctive word: templated items (statements, cables, weather) and news digests
    // clear the threshold on shared wording while their headlines name different events.
    public double HeadlineCheckBelow { get; init; } = 0.45;

    // A weakly similar text matches a digest only if it holds this share of the digest's lead
    // item, or its headline shares this many distinctive words with the digest's headline.
    public double LeadItemShare { get; init; } = 0.3;

    public int DigestTitleWords { get; init; } = 2;

    // A headline word in more than this share of headlines is common, not distinctive.
    public double CommonTitleWordShare { get; init; } = 0.01;

    // From this similarity on, two articles of one paper are one text under two URLs.
    public double CopyThreshold { get; init; } = 0.8;

    // One paper's second copy of its own article is a duplicate, not "another source".
    public bool RequireDifferentSource { get; init; } = true;

    // Headline evidence (HeadlineRule): a blend of headline and opening similarity, IDF-weighted,
    // from which two papers' reports are one story even when they share no sentence.
    public double HeadlineThreshold { get; init; } = 0.5;

    // The headline's share of that blend; the opening has the rest.
    public double HeadlineTitleShare { get; init; } = 0.6;

    // A word is rare enough to find candidates by when at most this share of articles (or
    // HeadlineMinRareCount, for a young index) hold it in their headline or opening.
    public double HeadlineRareShare { get; init; } = 0.005;

    public int HeadlineMinRareCount { get; init; } = 45;

    public int HeadlineMinSharedRareWords { get; init; } = 2;

    // A specific word (HeadlineRule: a name, a place, a thing) is in at most this share of
    // headlines and openings, or this many for a young index.
    public double HeadlineNameShare { get; init; } = 0.002;

    public int HeadlineMinNameCount { get; init; } = 10;

    // Joining a story by headline evidence needs agreement with the story's core, not one
    // member: at least half of its first HeadlineCoreSample members must score this much
    // (or share text) and be inside the window of each of them, so a story cannot grow by a
    // chain of small steps into another, nor a daily template into a week-long "story".
    public double HeadlineCoreThreshold { get; init; } = 0.4;

    public int HeadlineCoreSample { get; init; } = 8;

    // A template's filler (HeadlineRule.OtherFiller) is at most this many words: a place
    // of one or two words («جدة», «المدينة المنورة»), a figure, a name.
    public int FillerWords { get; init; } = 2;

    // A word shown as a link's reason is a name or a place, not a common word: it is in at
    // most this share of headlines and openings.
    public double ReasonRareShare { get; init; } = 0.004;

    public static SameStoryOptions Default { get; } = new();
}
