using System.Runtime.InteropServices;
using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Related;

// Turns an article into the fingerprint the same-story index keeps: stem shingles, minus
// the templates many articles share and the wording its own paper keeps reprinting, signed
// with MinHash; and the headline's distinctive
// words, minus those many headlines share ("يستقبل", "يهنئ", "المملكة").
public sealed class StoryFingerprinter(SameStoryOptions options)
{
    private readonly MinHasher hasher = new(options.Permutations, options.Seed);
    private readonly ShingleFrequencies frequencies = new();
    private readonly int maxShingleArticles = options.MaxShingleArticles < ShingleFrequencies.MaxCount
        ? options.MaxShingleArticles
        : throw new ArgumentOutOfRangeException(nameof(options), $"MaxShingleArticles must be below {ShingleFrequencies.MaxCount}, where shingle counts stop.");
    // Headlines hold a few hundred thousand words at most, so they are counted exactly: a
    // sketch sized for body shingles (32 MB) would be a hundred times what they need.
    private readonly Dictionary<ulong, int> titleFrequencies = [];
    private int titles;

    // Pure and thread-safe.
    public StoryText Read(RelatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var shingles = Shingler.Shingles(string.IsNullOrWhiteSpace(document.Body) ? document.Title : document.Body, options.ShingleSize);
        // The headline is analysed once for its words, the lead and the visit leg.
        var title = ArabicTextAnalyzer.Analyze(document.Title);
        var leadItem = DigestItems.LeadItem(document.Body) is { } item ? Shingler.Shingles(item, options.ShingleSize) : null;
        var titleWords = TitleWords.Of(title);
        var leadWords = TitleWords.Lead(title, document.Body);
        return new StoryText(SourceKey(document.Source), shingles, titleWords, leadWords, VisitLegs.Of(title), leadItem is { Length: > 0 } ? leadItem : null, StoryHeadline.Of(title, titleWords, leadWords));
    }

    // Counting comes before fingerprinting: a rebuild counts every article first, so all
    // signatures leave out the same templates; an incremental Add counts what it has seen.
    public void Count(StoryText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        frequencies.Add(text.Shingles);
        frequencies.Add(InSource(text.SourceKey, text.Shingles));
        if (text.TitleWords.Length > 0)
        {
            foreach (var word in text.TitleWords)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(titleFrequencies, word, out _)++;
            }
            titles++;
        }

        if (text.Headline is { IsEmpty: false } headline)
        {
            Weights.Count(headline.Lead);
        }
    }

    // How telling each headline or opening word is, counted with the rest.
    public HeadlineWeights Weights { get; } = new();

    // Thread-safe as long as nothing is counted meanwhile.
    public StoryFingerprint Fingerprint(RelatedDocument document, StoryText text)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(text);
        var signed = Kept(text.SourceKey, text.Shingles);
        var leadItem = text.LeadItemShingles is { } item ? Kept(text.SourceKey, item) : null;
        return new StoryFingerprint(document.Id, document.Source, document.PublishedAt, hasher.Signature(signed), signed.Length, DistinctiveTitleWords(text.TitleWords), text.TitleWords.Length > 0 ? text.LeadWords : null, text.Leg,
            leadItem is null ? null : new ItemSignature(hasher.Signature(leadItem), leadItem.Length), text.Headline);
    }

    // Templates out; a text made only of template lines keeps them rather than resembling nothing.
    private ulong[] Kept(ulong source, ulong[] shingles)
    {
        var kept = shingles.Where(s => frequencies.Estimate(s) <= maxShingleArticles && frequencies.Estimate(InSource(source, s)) <= options.MaxSourceRepeats).ToArray();
        return kept.Length > 0 ? kept : shingles;
    }

    public StoryFingerprint CountAndFingerprint(RelatedDocument document)
    {
        var text = Read(document);
        Count(text);
        return Fingerprint(document, text);
    }

    // One paper's recurring wording (its execution notices, martyr announcements, weather
    // column) is counted under a key of its own in the same sketch: a phrase the paper prints
    // again and again is its template, even where too few papers share it to look common.
    private static ulong SourceKey(string source) => StableHash.Mix(StableHash.Fnv1a(source));

    private static ulong InSource(ulong source, ulong shingle) => StableHash.Combine(source, shingle);

    private static ulong[] InSource(ulong source, ulong[] shingles) => [.. shingles.Select(s => InSource(source, s))];

    // A word in a share of all headlines says what kind of item it is, not which event; the
    // floor keeps a young index, where every word is in a large share, from having none.
    private ulong[]? DistinctiveTitleWords(ulong[] words)
    {
        if (words.Length == 0)
        {
            return null;
        }

        var common = Math.Max(options.MaxShingleArticles, titles * options.CommonTitleWordShare);
        return [.. words.Where(w => titleFrequencies.GetValueOrDefault(w) <= common)];
    }
}
