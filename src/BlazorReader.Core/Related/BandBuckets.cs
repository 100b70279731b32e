namespace BlazorReader.Core.Related;

// One LSH band's buckets as an open-addressing table of article ids. A Dictionary<ulong, ...>
// entry took 32 bytes per article per band (49 MB over 42 bands for 30,000 articles); a slot
// here takes 4 bytes, the table grows past three quarters full to twice its buckets (11 MB in
// all for 30,000 articles), and a slot holds no key: a slot's bucket is recognised by reading
// its first id's rows from that article's own signature, so no key collision can ever merge
// two buckets. Most buckets hold one id, kept in the slot; a shared one lives in _shared.
internal sealed class BandBuckets(int band, int rowsPerBand, Func<int, uint[]> signatureOf)
{
    private const int Empty = -1;
    private const int Deleted = -2;
    private const int MinCapacity = 16;

    private int[] _slots = NewSlots(MinCapacity);
    // A slot value s < Deleted is the bucket _shared[Deleted - 1 - s]: its ids in arrival order.
    private readonly List<int[]?> _shared = [];
    private readonly Stack<int> _freeShared = new();
    private int _used; // occupied and deleted slots: what lengthens a probe

    public int Count { get; private set; }

    public int Capacity => _slots.Length;

    public void Add(int id, ReadOnlySpan<uint> signature)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        var rows = Rows(signature);
        var at = Find(rows, out var free);
        if (at >= 0)
        {
            int[] ids = [.. IdsAt(at), id];
            if (_slots[at] >= 0)
            {
                _slots[at] = Shared(ids);
            }
            else
            {
                _shared[Deleted - 1 - _slots[at]] = ids;
            }

            return;
        }

        if (_slots[free] == Empty)
        {
            _used++;
        }

        _slots[free] = id;
        Count++;
        if (_used * 4 > _slots.Length * 3)
        {
            Resize(Math.Max(MinCapacity, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Count * 2)));
        }
    }

    // Ids are matched rather than rows: the removed article may no longer be there to read.
    public void Remove(int id, ReadOnlySpan<uint> signature)
    {
        if (id < 0)
        {
            return;
        }

        var mask = _slots.Length - 1;
        for (var at = Home(Rows(signature), mask); _slots[at] != Empty; at = (at + 1) & mask)
        {
            var slot = _slots[at];
            if (slot == id)
            {
                _slots[at] = Deleted;
                Count--;
                return;
            }

            if (slot < Deleted && Array.IndexOf(_shared[Deleted - 1 - slot]!, id) >= 0)
            {
                var rest = _shared[Deleted - 1 - slot]!.Where(i => i != id).ToArray();
                Release(slot);
                _slots[at] = rest.Length == 1 ? rest[0] : Shared(rest);
                return;
            }
        }
    }

    // The ids whose rows in this band equal the signature's, in arrival order.
    public ReadOnlySpan<int> Bucket(ReadOnlySpan<uint> signature)
    {
        var at = Find(Rows(signature), out _);
        return at < 0 ? [] : IdsAt(at);
    }

    private ReadOnlySpan<uint> Rows(ReadOnlySpan<uint> signature) => signature.Slice(band * rowsPerBand, rowsPerBand);

    // The bucket's slot, or -1 and where the bucket would go.
    private int Find(ReadOnlySpan<uint> rows, out int free)
    {
        var mask = _slots.Length - 1;
        free = -1;
        for (var at = Home(rows, mask); ; at = (at + 1) & mask)
        {
            var slot = _slots[at];
            if (slot == Empty)
            {
                free = free < 0 ? at : free;
                return -1;
            }

            if (slot == Deleted)
            {
                free = free < 0 ? at : free;
            }
            else if (rows.SequenceEqual(Rows(signatureOf(IdsAt(at)[0]))))
            {
                return at;
            }
        }
    }

    private ReadOnlySpan<int> IdsAt(int at) =>
        _slots[at] >= 0 ? new ReadOnlySpan<int>(in _slots[at]) : _shared[Deleted - 1 - _slots[at]];

    private int Home(ReadOnlySpan<uint> rows, int mask)
    {
        var key = (ulong)band;
        foreach (var row in rows)
        {
            key = StableHash.Combine(key, row);
        }

        return (int)key & mask;
    }

    private int Shared(int[] ids)
    {
        if (_freeShared.TryPop(out var index))
        {
            _shared[index] = ids;
        }
        else
        {
            index = _shared.Count;
            _shared.Add(ids);
        }

        return Deleted - 1 - index;
    }

    private void Release(int slot)
    {
        _shared[Deleted - 1 - slot] = null;
        _freeShared.Push(Deleted - 1 - slot);
    }

    // Drops the deleted slots too; every bucket's first id is still indexed, so its home is known.
    private void Resize(int capacity)
    {
        var old = _slots;
        _slots = NewSlots(capacity);
        _used = Count;
        var mask = capacity - 1;
        foreach (var slot in old)
        {
            if (slot is Empty or Deleted)
            {
                continue;
            }

            var first = slot >= 0 ? slot : _shared[Deleted - 1 - slot]![0];
            var at = Home(Rows(signatureOf(first)), mask);
            while (_slots[at] != Empty)
            {
                at = (at + 1) & mask;
            }

            _slots[at] = slot;
        }
    }

    private static int[] NewSlots(int capacity)
    {
        var slots = new int[capacity];
        Array.Fill(slots, Empty);
        return slots;
    }
}
