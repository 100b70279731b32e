using System.Runtime.InteropServices;

namespace BlazorReader.Core.Related;

// One LSH band's buckets as an open-addressing table of article ids. A Dictionary<ulong, ...>
// entry took 32 bytes per article per band (49 MB over 42 bands for 30,000 articles); a slot
// here takes 4 bytes, the table grows past three quarters full to twice its buckets (11 MB in
// all for 30,000 articles), and a slot holds no key: a slot's bucket is recognised by reading
// its first id's rows from that article's own signature, so no key collision can ever merge
// two buckets. Most buckets hold one id, kept in the slot; a shared one lives in shared, as a
// list that doubles when full (a template's bucket, copied whole on each add, cost its size
// squared).
internal sealed class BandBuckets(int band, int rowsPerBand, Func<int, uint[]> signatureOf)
{
    private const int Empty = -1;
    private const int Deleted = -2;
    private const int MinCapacity = 16;

    private int[] slots = NewSlots(MinCapacity);
    // A slot value s < Deleted is the bucket shared[Deleted - 1 - s]: its ids in arrival order.
    private readonly List<List<int>?> shared = [];
    private readonly Stack<int> freeShared = new();
    private int used; // occupied and deleted slots: what lengthens a probe

    public int Count { get; private set; }

    public int Capacity => slots.Length;

    public void Add(int id, ReadOnlySpan<uint> signature)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        var rows = Rows(signature);
        var at = Find(rows, out var free);
        if (at >= 0)
        {
            if (slots[at] >= 0)
            {
                slots[at] = Shared([slots[at], id]);
            }
            else
            {
                shared[Deleted - 1 - slots[at]]!.Add(id);
            }

            return;
        }

        if (slots[free] == Empty)
        {
            used++;
        }

        slots[free] = id;
        Count++;
        if (used * 4 > slots.Length * 3)
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

        var mask = slots.Length - 1;
        for (var at = Home(Rows(signature), mask); slots[at] != Empty; at = (at + 1) & mask)
        {
            var slot = slots[at];
            if (slot == id)
            {
                slots[at] = Deleted;
                Count--;
                return;
            }

            if (slot < Deleted && shared[Deleted - 1 - slot] is { } ids && ids.Remove(id))
            {
                if (ids.Count == 1)
                {
                    Release(slot);
                    slots[at] = ids[0];
                }

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
        var mask = slots.Length - 1;
        free = -1;
        for (var at = Home(rows, mask); ; at = (at + 1) & mask)
        {
            var slot = slots[at];
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
        slots[at] >= 0 ? new ReadOnlySpan<int>(in slots[at]) : CollectionsMarshal.AsSpan(shared[Deleted - 1 - slots[at]]);

    private int Home(ReadOnlySpan<uint> rows, int mask)
    {
        var key = (ulong)band;
        foreach (var row in rows)
        {
            key = StableHash.Combine(key, row);
        }

        return (int)key & mask;
    }

    private int Shared(List<int> ids)
    {
        if (freeShared.TryPop(out var index))
        {
            shared[index] = ids;
        }
        else
        {
            index = shared.Count;
            shared.Add(ids);
        }

        return Deleted - 1 - index;
    }

    private void Release(int slot)
    {
        shared[Deleted - 1 - slot] = null;
        freeShared.Push(Deleted - 1 - slot);
    }

    // Drops the deleted slots too; every bucket's first id is still indexed, so its home is known.
    private void Resize(int capacity)
    {
        var old = slots;
        slots = NewSlots(capacity);
        used = Count;
        var mask = capacity - 1;
        foreach (var slot in old)
        {
            if (slot is Empty or Deleted)
            {
                continue;
            }

            var first = slot >= 0 ? slot : shared[Deleted - 1 - slot]![0];
            var at = Home(Rows(signatureOf(first)), mask);
            while (slots[at] != Empty)
            {
                at = (at + 1) & mask;
            }

            slots[at] = slot;
        }
    }

    private static int[] NewSlots(int capacity)
    {
        var slots = new int[capacity];
        Array.Fill(slots, Empty);
        return slots;
    }
}
