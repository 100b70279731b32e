using System.Runtime.InteropServices;

namespace BlazorReader.Core.Related;

// The topical finder's inverted index: per term id, the positions of the articles holding
// the term with its weight there. Each list stays sorted by position, so an article's weight
// for a term is a binary search away and the finder need not keep a second copy of them
// (18 MB for 30,000 articles). A term whose articles are all gone keeps an empty list, which
// reads as a term never seen (document frequency 0).
internal sealed class TopicalPostings
{
    private readonly List<List<TopicalPosting>> lists = [];

    public int Terms => lists.Count;

    // Returns the new term's id.
    public int AddTerm()
    {
        lists.Add([]);
        return lists.Count - 1;
    }

    // Articles arrive at the next free position, the largest, so appending keeps the order.
    public void Add(int term, int position, float weight)
    {
        var list = lists[term];
        if (list.Count > 0 && list[^1].Document >= position)
        {
            throw new ArgumentOutOfRangeException(nameof(position), "Positions arrive in increasing order.");
        }

        list.Add(new TopicalPosting(position, weight));
    }

    public int DocumentFrequency(int term) => lists[term].Count;

    public ReadOnlySpan<TopicalPosting> Of(int term) => CollectionsMarshal.AsSpan(lists[term]);

    public float WeightOf(int term, int position) => lists[term][Find(term, position)].Weight;

    public void Remove(int term, int position) => lists[term].RemoveAt(Find(term, position));

    // The last position (which sorts last) takes a freed one, where that one sorts.
    public void MoveLast(int term, int to)
    {
        var list = lists[term];
        var moved = list[^1] with { Document = to };
        list.RemoveAt(list.Count - 1);
        list.Insert(~IndexOf(list, to), moved);
    }

    // After a bulk build: the lists' spare capacity from growing is a third of their size.
    public void TrimExcess()
    {
        foreach (var list in lists)
        {
            list.TrimExcess();
        }
    }

    private int Find(int term, int position) =>
        IndexOf(lists[term], position) is var at and >= 0 ? at
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
}

internal readonly record struct TopicalPosting(int Document, float Weight);
