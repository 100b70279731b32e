namespace BlazorReader.Core.Related;

// Banding: signatures that agree on every row of at least one band become candidates.
// With r rows per band a pair of Jaccard s meets in some band with probability
// 1 - (1 - s^r)^bands, so only near pairs are ever compared and adding one document
// costs one lookup per band instead of a pass over the corpus.
// Buckets are kept apart per time block (TimeBlocks) and a query reads only the blocks its
// window reaches: twins are never further apart than the window, and a template's or a
// yearly repeat's bucket across the whole archive made candidates grow with its depth.
// The index keeps ids only: signatureOf must give the signature an indexed id was added
// with, for as long as the id is indexed (BandBuckets reads its rows from there).
public sealed class LshIndex
{
    private readonly Func<int, uint[]> signatureOf;
    private readonly Dictionary<int, BandBuckets[]> blocks = [];
    // Each id's block, and when it arrived: buckets of two blocks merge in arrival order,
    // the order one bucket over both would have held them.
    private readonly Dictionary<int, (int Block, long Arrival)> entries = [];
    private long arrivals;

    public LshIndex(int bands, int rowsPerBand, TimeSpan window, Func<int, uint[]> signatureOf)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bands, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowsPerBand, 1);
        ArgumentNullException.ThrowIfNull(signatureOf);
        Bands = bands;
        RowsPerBand = rowsPerBand;
        Window = window;
        this.signatureOf = signatureOf;
    }

    public int Bands { get; }

    public int RowsPerBand { get; }

    public TimeSpan Window { get; }

    public int SignatureLength => Bands * RowsPerBand;

    public int BucketCount => blocks.Values.Sum(b => b.Sum(band => band.Count));

    public void Add(int id, ReadOnlySpan<uint> signature, DateTime publishedAt)
    {
        CheckLength(signature);
        var block = TimeBlocks.Of(publishedAt);
        if (!entries.TryAdd(id, (block, arrivals++)))
        {
            throw new InvalidOperationException($"Id {id} is already indexed.");
        }

        if (!blocks.TryGetValue(block, out var bands))
        {
            bands = [.. Enumerable.Range(0, Bands).Select(b => new BandBuckets(b, RowsPerBand, signatureOf))];
            blocks[block] = bands;
        }

        foreach (var band in bands)
        {
            band.Add(id, signature);
        }
    }

    // Takes the id out of the buckets its signature put it in; an emptied bucket goes too, and
    // an emptied block, so the index holds exactly what it would had the id never been added.
    public void Remove(int id, ReadOnlySpan<uint> signature)
    {
        CheckLength(signature);
        if (!entries.Remove(id, out var entry))
        {
            return;
        }

        var bands = blocks[entry.Block];
        foreach (var band in bands)
        {
            band.Remove(id, signature);
        }

        if (bands.All(b => b.Count == 0))
        {
            blocks.Remove(entry.Block);
        }
    }

    // The ids added within the window of the date, and some beyond it (in the blocks it
    // reaches); band by band, each bucket in arrival order.
    public IReadOnlySet<int> Candidates(ReadOnlySpan<uint> signature, DateTime publishedAt)
    {
        CheckLength(signature);
        var (first, last) = TimeBlocks.Within(publishedAt, Window.TotalDays);
        var reached = Enumerable.Range(first, last - first + 1).Select(b => blocks.GetValueOrDefault(b)).OfType<BandBuckets[]>().ToList();
        var found = new HashSet<int>();
        var merged = new List<int>();
        for (var band = 0; band < Bands; band++)
        {
            merged.Clear();
            foreach (var bands in reached)
            {
                merged.AddRange(bands[band].Bucket(signature));
            }

            if (reached.Count > 1)
            {
                merged.Sort((x, y) => entries[x].Arrival.CompareTo(entries[y].Arrival));
            }

            found.UnionWith(merged);
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
