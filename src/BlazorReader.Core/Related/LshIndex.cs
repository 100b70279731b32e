using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BlazorReader.Core.Related;

// Banding: signatures that agree on every row of at least one band become candidates.
// With r rows per band a pair of Jaccard s meets in some band with probability
// 1 - (1 - s^r)^bands, so only near pairs are ever compared and adding one document
// costs one lookup per band instead of a pass over the corpus.
public sealed class LshIndex
{
    // Most buckets hold a single id (one per band for nearly every article), so it sits in
    // the entry itself; only a bucket several articles share has an array, sized exactly.
    // A list per bucket made the buckets the largest part of the same-story index.
    private struct Bucket
    {
        public int First;
        public int[]? Rest;
    }

    private readonly Dictionary<ulong, Bucket>[] _buckets;

    public LshIndex(int bands, int rowsPerBand)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bands, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowsPerBand, 1);
        Bands = bands;
        RowsPerBand = rowsPerBand;
        _buckets = new Dictionary<ulong, Bucket>[bands];
        for (var i = 0; i < bands; i++)
        {
            _buckets[i] = [];
        }
    }

    public int Bands { get; }

    public int RowsPerBand { get; }

    public int SignatureLength => Bands * RowsPerBand;

    public void Add(int id, ReadOnlySpan<uint> signature)
    {
        CheckLength(signature);
        for (var band = 0; band < Bands; band++)
        {
            ref var bucket = ref CollectionsMarshal.GetValueRefOrAddDefault(_buckets[band], BandKey(signature, band), out var exists);
            if (!exists)
            {
                bucket.First = id;
            }
            else
            {
                bucket.Rest = [.. bucket.Rest ?? [], id];
            }
        }
    }

    // Takes the id out of the buckets its signature put it in; an emptied bucket goes too,
    // so the index holds exactly what it would had the id never been added.
    public void Remove(int id, ReadOnlySpan<uint> signature)
    {
        CheckLength(signature);
        for (var band = 0; band < Bands; band++)
        {
            var key = BandKey(signature, band);
            ref var bucket = ref CollectionsMarshal.GetValueRefOrNullRef(_buckets[band], key);
            if (Unsafe.IsNullRef(ref bucket))
            {
                continue;
            }

            if (bucket.Rest is null)
            {
                if (bucket.First == id)
                {
                    _buckets[band].Remove(key);
                }
            }
            else if (bucket.First == id)
            {
                // The next id in arrival order moves up, so the order stays that of arrival.
                bucket.First = bucket.Rest[0];
                bucket.Rest = bucket.Rest.Length == 1 ? null : bucket.Rest[1..];
            }
            else if (Array.IndexOf(bucket.Rest, id) is var at and >= 0)
            {
                bucket.Rest = bucket.Rest.Length == 1 ? null : [.. bucket.Rest[..at], .. bucket.Rest[(at + 1)..]];
            }
        }
    }

    public int BucketCount => _buckets.Sum(b => b.Count);

    public IReadOnlySet<int> Candidates(ReadOnlySpan<uint> signature)
    {
        CheckLength(signature);
        var found = new HashSet<int>();
        for (var band = 0; band < Bands; band++)
        {
            if (_buckets[band].TryGetValue(BandKey(signature, band), out var bucket))
            {
                found.Add(bucket.First);
                found.UnionWith(bucket.Rest ?? []);
            }
        }

        return found;
    }

    private ulong BandKey(ReadOnlySpan<uint> signature, int band)
    {
        var key = (ulong)band;
        foreach (var row in signature.Slice(band * RowsPerBand, RowsPerBand))
        {
            key = StableHash.Combine(key, row);
        }

        return key;
    }

    private void CheckLength(ReadOnlySpan<uint> signature)
    {
        if (signature.Length < SignatureLength)
        {
            throw new ArgumentException($"A signature of {SignatureLength} values is needed, got {signature.Length}.", nameof(signature));
        }
    }
}
