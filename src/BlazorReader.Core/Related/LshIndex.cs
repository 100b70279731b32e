namespace BlazorReader.Core.Related;

// Banding: signatures that agree on every row of at least one band become candidates.
// With r rows per band a pair of Jaccard s meets in some band with probability
// 1 - (1 - s^r)^bands, so only near pairs are ever compared and adding one document
// costs one lookup per band instead of a pass over the corpus.
public sealed class LshIndex
{
    private readonly Dictionary<ulong, List<int>>[] _buckets;

    public LshIndex(int bands, int rowsPerBand)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bands, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowsPerBand, 1);
        Bands = bands;
        RowsPerBand = rowsPerBand;
        _buckets = new Dictionary<ulong, List<int>>[bands];
        for (var i = 0; i < bands; i++)
        {
            _buckets[i] = [];
        }
    }

    public int Bands { get; }

    public int RowsPerBand { get; }

    public int SignatureLength => Bands * RowsPerBand;

    public void Add(int id, ReadOnlySpan<ulong> signature)
    {
        CheckLength(signature);
        for (var band = 0; band < Bands; band++)
        {
            var key = BandKey(signature, band);
            if (!_buckets[band].TryGetValue(key, out var ids))
            {
                ids = [];
                _buckets[band][key] = ids;
            }

            ids.Add(id);
        }
    }

    // Takes the id out of the buckets its signature put it in; an emptied bucket goes too,
    // so the index holds exactly what it would had the id never been added.
    public void Remove(int id, ReadOnlySpan<ulong> signature)
    {
        CheckLength(signature);
        for (var band = 0; band < Bands; band++)
        {
            var key = BandKey(signature, band);
            if (_buckets[band].TryGetValue(key, out var ids) && ids.Remove(id) && ids.Count == 0)
            {
                _buckets[band].Remove(key);
            }
        }
    }

    public int BucketCount => _buckets.Sum(b => b.Count);

    public IReadOnlySet<int> Candidates(ReadOnlySpan<ulong> signature)
    {
        CheckLength(signature);
        var found = new HashSet<int>();
        for (var band = 0; band < Bands; band++)
        {
            if (_buckets[band].TryGetValue(BandKey(signature, band), out var ids))
            {
                found.UnionWith(ids);
            }
        }

        return found;
    }

    private ulong BandKey(ReadOnlySpan<ulong> signature, int band)
    {
        var key = (ulong)band;
        foreach (var row in signature.Slice(band * RowsPerBand, RowsPerBand))
        {
            key = StableHash.Combine(key, row);
        }

        return key;
    }

    private void CheckLength(ReadOnlySpan<ulong> signature)
    {
        if (signature.Length < SignatureLength)
        {
            throw new ArgumentException($"A signature of {SignatureLength} values is needed, got {signature.Length}.", nameof(signature));
        }
    }
}
