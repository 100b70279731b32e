using Lucene.Net.Index;

namespace BlazorReader.Search.Querying;

// A query's term lookups: each term sought once, with one terms enumerator per field and
// segment, the one the clauses then open their postings from (SharedTermsEnums). Every word
// is a term in four fields, and a TermQuery left to itself opens an enumerator per segment
// for each one (cloning the segment's input every time): those lookups were about a third of
// a search. The corrector reads how rare a word is from the same states the first pass's
// clauses use, and a second pass looks up only its new terms. Terms are sought in order, so
// neighbouring ones share the dictionary blocks already loaded. The states are those
// TermContext.Build would give.
internal sealed class QueryTermStates(IndexReaderContext top, SharedTermsEnums enumerators)
{
    private readonly Dictionary<Term, TermContext> states = [];

    public SharedTermsEnums Enumerators => enumerators;

    public IReadOnlyDictionary<Term, TermContext> All => states;

    public TermContext this[Term term] => states[term];

    public int DocFreq(string field, string text)
    {
        var term = new Term(field, text);
        LookUp([term]);
        return states[term].DocFreq;
    }

    public void LookUp(IEnumerable<Term> terms)
    {
        foreach (var field in terms.Where(t => !states.ContainsKey(t)).Distinct().GroupBy(t => t.Field))
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
    }
}
