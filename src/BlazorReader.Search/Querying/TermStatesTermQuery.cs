using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace BlazorReader.Search.Querying;

// A TermQuery given its term states whose weight opens postings through one terms enumerator
// per field and segment, shared by every term clause of the query: Lucene.NET's TermWeight
// creates a new enumerator for each term in each segment (a query of 7 words has 28 term
// clauses) only to position it from the state. Scores are TermScorer's: BM25 of the
// document's frequency of the term, with the same weight.
internal sealed class TermStatesTermQuery : TermQuery
{
    private readonly TermContext states;
    private readonly SharedTermsEnums enumerators;

    public TermStatesTermQuery(Term term, TermContext states, SharedTermsEnums enumerators) : base(term, states)
    {
        this.states = states;
        this.enumerators = enumerators;
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new TermWeight(this, searcher, states, enumerators);

    private sealed class TermWeight : Weight
    {
        private readonly TermStatesTermQuery query;
        private readonly IndexSearcher searcher;
        private readonly TermContext states;
        private readonly SharedTermsEnums enumerators;
        private readonly Similarity similarity;
        private readonly Similarity.SimWeight stats;

        public TermWeight(TermStatesTermQuery query, IndexSearcher searcher, TermContext states, SharedTermsEnums enumerators)
        {
            this.query = query;
            this.searcher = searcher;
            this.states = states;
            this.enumerators = enumerators;
            similarity = searcher.Similarity;
            stats = similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(query.Term.Field), searcher.TermStatistics(query.Term, states));
        }

        public override Query Query => query;

        public override float GetValueForNormalization() => stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => stats.Normalize(norm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            var state = states.Get(context.Ord);
            var enumerator = state is null ? null : enumerators.For(context, query.Term.Field);
            if (state is null || enumerator is null) return null;
            enumerator.SeekExact(query.Term.Bytes, state);
            return new PostingsScorer(this, enumerator.Docs(acceptDocs, null), similarity.GetSimScorer(stats, context));
        }

        // Rare (diagnostics only): a plain TermQuery with the same states explains.
        public override Explanation Explain(AtomicReaderContext context, int doc) =>
            searcher.CreateNormalizedWeight(new TermQuery(query.Term, states) { Boost = query.Boost }).Explain(context, doc);
    }

    private sealed class PostingsScorer(Weight weight, DocsEnum postings, Similarity.SimScorer docScorer) : Scorer(weight)
    {
        public override int DocID => postings.DocID;

        public override int Freq => postings.Freq;

        public override int NextDoc() => postings.NextDoc();

        public override int Advance(int target) => postings.Advance(target);

        public override float GetScore() => docScorer.Score(postings.DocID, postings.Freq);

        public override long GetCost() => postings.GetCost();
    }
}
