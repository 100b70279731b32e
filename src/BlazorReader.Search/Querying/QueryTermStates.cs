using Lucene.Net.Index;

namespace BlazorReader.Search.Querying;

// Looks up a query's word terms with one terms enumerator per field and segment, the one the
// clauses then open their postings from (SharedTermsEnums). Every word is a term in four
// fields, and a TermQuery left to itself opens an enumerator per segment for each one
// (cloning the segment's input every time): those lookups were about a third of a search.
// Terms are sought in order, so neighbouring ones share the dictionary blocks already
// loaded. The states are those TermContext.Build would give.
internal static class QueryTermStates
{
    public static Dictionary<Term, TermContext> Build(IndexReaderContext top, IEnumerable<Term> terms, SharedTermsEnums enumerators)
    {
        var states = new Dictionary<Term, TermContext>();
        foreach (var field in terms.Distinct().GroupBy(t => t.Field))
        {
            var sorted = field.Order().ToList();
            foreach (var term in sorted)
            {
                states[term] = new TermContext(top);
            }

            foreach (var leaf in top.Leaves)
            {
                var enumerator = enumerators.For(leaf, field.Key);
                if (enumerator is null) continue;
                foreach (var term in sorted)
                {
                    if (enumerator.SeekExact(term.Bytes))
                    {
                        states[term].Register(enumerator.GetTermState(), leaf.Ord, enumerator.DocFreq, enumerator.TotalTermFreq);
                    }
                }
            }
        }

        return states;
    }
}
