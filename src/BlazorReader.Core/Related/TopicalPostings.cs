using System.Runtime.InteropServices;

namespace BlazorReader.Core.Related;

// The topical finder's inverted index: per term id, the positions of the articles holding
// the term with its weight there, apart per time block of publication (TimeBlocks), so a
// query walks only the blocks near its article (a year away weighs 2^-12, and walking whole
// lists made a rebuild quadratic in the store's size). Each block's list stays sorted by
// position, so an article's weight for a term is a binary search away and the finder need
// not keep a second copy of them. A term whose articles are all gone reads as a term never
// seen (document frequency 0).
internal sealed class TopicalPostings
{
    // Per term, its blocks in block order: few (two at 1×), so adding one copies the array.
    private readonly List<TopicalBlock[]> blocks = [];
    private readonly List<int> counts = [];

    public int Terms => blocks.Count;

    // Returns the new term's id.
    public int AddTerm()
    {
        blocks.Add([]);
        counts.Add(0);
        return blocks.Count - 1;
    }

    // Articles arrive at the next free position, the largest, so appending keeps the order.
    public void Add(int term, int block, int position, float weight)
    {
        var at = IndexOfBlock(term, block);
        if (at < 0)
        {
            at = ~at;
            var old = blocks[term];
            blocks[term] = [.. old[..at], new TopicalBlock(block, []), .. old[at..]];
        }

        var list = blocks[term][at].List;
        if (list.Count > 0 && list[^1].Document >= position)
        {
            throw new ArgumentOutOfRangeException(nameof(position), "Positions arrive in increasing order.");
        }

        list.Add(new TopicalPosting(position, weight));
        counts[term]++;
    }

    public int DocumentFrequency(int term) => counts[term];

    // The term's blocks from first to last, in block order.
    public ReadOnlySpan<TopicalBlock> Of(int term, int first = int.MinValue, int last = int.MaxValue)
    {
        ReadOnlySpan<TopicalBlock> all = blocks[term];
        var from = IndexOfBlock(term, first);
        var to = IndexOfBlock(term, last);
        return all[(from < 0 ? ~from : from)..(to < 0 ? ~to : to + 1)];
    }

    public float WeightOf(int term, int block, int position) => ListOf(term, block)[Find(term, block, position)].Weight;

    public void Remove(int term, int block, int position)
    {
        ListOf(term, block).RemoveAt(Find(term, block, position));
        counts[term]--;
    }

    // The last position (which sorts last in its block) takes a freed one, where that one sorts.
    public void MoveLast(int term, int block, int to)
    {
        var list = ListOf(term, block);
        var moved = list[^1] with { Document = to };
        list.RemoveAt(list.Count - 1);
        list.Insert(~IndexOf(list, to), moved);
    }

    // After a bulk build: the lists' spare capacity from growing is a third of their size.
    public void TrimExcess()
    {
        foreach (var termBlocks in blocks)
        {
            foreach (var block in termBlocks)
            {
                block.List.TrimExcess();
            }
        }
    }

    private List<TopicalPosting> ListOf(int term, int block) =>
        IndexOfBlock(term, block) is var at and >= 0 ? blocks[term][at].List
            : throw new KeyNotFoundException($"Block {block} holds no article with term {term}.");

    private int IndexOfBlock(int term, int block) =>
        Array.BinarySearch(blocks[term], new TopicalBlock(block, null!), BlockOrder.Instance);

    private int Find(int term, int block, int position) =>
        IndexOf(ListOf(term, block), position) is var at and >= 0 ? at
            : throw new KeyNotFoundException($"Position {position} does not hold term {term}.");

    // The index of the position's posting, or the complement of where it would go.
    private static int IndexOf(List<TopicalPosting> list, int position)
    {
        ReadOnlySpan<TopicalPosting> span = CollectionsMarshal.AsSpan(list);
        int low = 0, high = span.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            if (span[middle].Document == position)
            {
                return middle;
            }

            (low, high) = span[middle].Document < position ? (middle + 1, high) : (low, middle - 1);
        }

        return ~low;
    }

    private sealed class BlockOrder : IComparer<TopicalBlock>
    {
        public static readonly BlockOrder Instance = new();

        public int Compare(TopicalBlock x, TopicalBlock y) => x.Block.CompareTo(y.Block);
    }
}

internal readonly record struct TopicalPosting(int Document, float Weight);

internal readonly record struct TopicalBlock(int Block, List<TopicalPosting> List)
{
    public ReadOnlySpan<TopicalPosting> Postings => CollectionsMarshal.AsSpan(List);
}
