namespace BlazorReader.Core.Related;

// Banding: signatures that agree on every row of at least one band become candidates.
// With r rows per band a pair of Jaccard s meets in some band with probability
// 1 - (1 - s^r)^bands, so only near pairs are ever compared and adding one document
// costs one lookup per band instead of a pass over the corpus.
// The index keeps ids only: signatureOf must give the signature an indexed id was added
// with, for as long as the id is indexed (BandBuckets reads its rows from there).
public sealed class LshIndex
{
    private readonly BandBuckets[] bandBuckets;

    public LshIndex(int bands, int rowsPerBand, Func<int, uint[]> signatureOf)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bands, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowsPerBand, 1);
        ArgumentNullException.ThrowIfNull(signatureOf);
        Bands = bands;
        RowsPerBand = rowsPerBand;
        bandBuckets = [.. Enumerable.Range(0, bands).Select(b => new BandBuckets(b, rowsPerBand, signatureOf))];
    }

    public int Bands { get; }

    public int RowsPerBand { get; }

    public int SignatureLength => Bands * RowsPerBand;

    public void Add(int id, ReadOnlySpan<uint> signature)
    {
        CheckLength(signature);
        foreach (var band in bandBuckets)
        {
            band.Add(id, signature);
        }
    }

    // Takes the id out of the buckets its signature put it in; an emptied bucket goes too,
    // so the index holds exactly what it would had the id never been added.
    public void Remove(int id, ReadOnlySpan<uint> signature)
    {
        CheckLength(signature);
        foreach (var band in bandBuckets)
        {
            band.Remove(id, signature);
        }
    }

    public int BucketCount => bandBuckets.Sum(b => b.Count);

    // Band by band, each bucket in arrival order.
    public IReadOnlySet<int> Candidates(ReadOnlySpan<uint> signature)
    {
        CheckLength(signature);
        var found = new HashSet<int>();
        foreach (var band in bandBuckets)
        {
            foreach (var id in band.Bucket(signature))
            {
                found.Add(id);
            }
        }

        return found;
    }

    private void CheckLength(ReadOnlySpan<uint> signature)
    {
        if (signature.Length < SignatureLength)
        {
            throw new ArgumentException($"A signature of {SignatureLength} values is needed, got {signature.Length}.", nameof(signature));
        }
    }
}
