using BlazorReader.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace BlazorReader.Search.Querying.Correction;

// Which articles hold which of a query's words, in title or body and in any form (the stem
// fields): the evidence that tells, among a typed word's look-alikes, the one the reader
// meant. «وأفاح الغفرة بمكة» has a dozen neighbours of «وأفاح» in the index; only «وأفراح»
// stands in an article beside «الغفرة» and «بمكة». One bit set per stem, made once a query.
internal sealed class WordCoOccurrence(IndexReaderContext top, SharedTermsEnums enumerators)
{
    private static readonly string[] Fields = [SearchFields.TitleStem, SearchFields.BodyStem];
    private readonly Dictionary<string, FixedBitSet> holding = new(StringComparer.Ordinal);

    public FixedBitSet Holding(string stem)
    {
        if (holding.TryGetValue(stem, out var found)) return found;
        var set = new FixedBitSet(top.Reader.MaxDoc);
        var bytes = new BytesRef(stem);
        foreach (var leaf in top.Leaves)
        {
            foreach (var field in Fields)
            {
                if (enumerators.For(leaf, field) is not { } terms || !terms.SeekExact(bytes)) continue;
                var docs = terms.Docs(leaf.AtomicReader.LiveDocs, null, DocsFlags.NONE);
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    set.Set(leaf.DocBase + doc);
                }
            }
        }

        holding[stem] = set;
        return set;
    }

    // The articles holding at least `needed` of the given words' stems.
    public FixedBitSet HoldingAtLeast(IReadOnlyList<string> stems, int needed)
    {
        var result = new FixedBitSet(top.Reader.MaxDoc);
        if (needed <= 0)
        {
            result.Set(0, result.Length);
            return result;
        }

        if (needed > stems.Count) return result;
        if (needed == stems.Count)
        {
            result.Or(Holding(stems[0]));
            foreach (var stem in stems.Skip(1)) result.And(Holding(stem));
            return result;
        }

        var counts = new byte[result.Length];
        foreach (var stem in stems)
        {
            var set = Holding(stem);
            for (var doc = set.NextSetBit(0); doc >= 0; doc = doc + 1 < set.Length ? set.NextSetBit(doc + 1) : -1)
            {
                if (++counts[doc] == needed) result.Set(doc);
            }
        }

        return result;
    }

    public static long Together(FixedBitSet a, FixedBitSet b) => FixedBitSet.IntersectionCount(a, b);
}
