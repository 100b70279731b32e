using Lucene.Net.Index;

namespace BlazorReader.Search.Querying;

// One terms enumerator per field and segment for everything one query looks up: its term
// states (QueryTermStates) and every term and phrase clause's postings. Each use positions
// the enumerator and opens postings at once (postings do not depend on it afterwards), and a
// query runs on one thread (our searchers have no executor), so all of them can share it.
// Lucene.NET makes a new enumerator for each term in each segment.
internal sealed class SharedTermsEnums
{
    private readonly Dictionary<(string Field, int Segment), TermsEnum?> enumerators = [];

    public TermsEnum? For(AtomicReaderContext segment, string field)
    {
        if (!enumerators.TryGetValue((field, segment.Ord), out var enumerator))
        {
            enumerators[(field, segment.Ord)] = enumerator = segment.AtomicReader.GetTerms(field)?.GetEnumerator();
        }

        return enumerator;
    }
}
