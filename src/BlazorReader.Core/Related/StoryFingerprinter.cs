namespace BlazorReader.Core.Related;

// Turns an article into the fingerprint the same-story index keeps: stem shingles, minus
// the templates many articles share, signed with MinHash.
public sealed class StoryFingerprinter(SameStoryOptions options)
{
    private readonly MinHasher _hasher = new(options.Permutations, options.Seed);
    private readonly ShingleFrequencies _frequencies = new();

    // Pure and thread-safe.
    public ulong[] Shingles(RelatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Shingler.Shingles(string.IsNullOrWhiteSpace(document.Body) ? document.Title : document.Body, options.ShingleSize);
    }

    // Counting comes before fingerprinting: a rebuild counts every article first, so all
    // signatures leave out the same templates; an incremental Add counts what it has seen.
    public void Count(ReadOnlySpan<ulong> shingles) => _frequencies.Add(shingles);

    // Thread-safe as long as nothing is counted meanwhile.
    public StoryFingerprint Fingerprint(RelatedDocument document, ulong[] shingles)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(shingles);
        var kept = shingles.Where(s => _frequencies.Estimate(s) <= options.MaxShingleArticles).ToArray();
        // A text made only of template lines keeps them rather than resembling nothing.
        var signed = kept.Length > 0 ? kept : shingles;
        return new StoryFingerprint(document.Id, document.Source, document.PublishedAt, _hasher.Signature(signed), signed.Length);
    }

    public StoryFingerprint CountAndFingerprint(RelatedDocument document)
    {
        var shingles = Shingles(document);
        Count(shingles);
        return Fingerprint(document, shingles);
    }
}
