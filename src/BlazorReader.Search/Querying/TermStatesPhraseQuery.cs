using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace BlazorReader.Search.Querying;

// A PhraseQuery whose weight is handed the term states the word clauses already looked up.
// Lucene.NET's own weight looks every phrase term up again in every segment (a new terms
// enumerator each time), and those lookups were a quarter of a search: a query of 7 words
// has 4 phrase clauses over the same 28 terms. Scoring is Lucene's own: its exact and
// sloppy phrase scorers are built as PhraseWeight builds them, reached through unsafe
// accessors because they are internal to Lucene.NET (tests compare the scores with a
// plain PhraseQuery, so a package update that moves them fails there, not in production).
internal sealed class TermStatesPhraseQuery : Query
{
    private const string PostingsAndFreqType = "Lucene.Net.Search.PhraseQuery+PostingsAndFreq, Lucene.Net";
    private static readonly Type PostingsAndFreq = Type.GetType(PostingsAndFreqType, throwOnError: true)!;

    private readonly PhraseQuery phrase;
    private readonly Term[] terms;
    private readonly int[] positions;
    private readonly IReadOnlyDictionary<Term, TermContext> states;
    private readonly SharedTermsEnums enumerators;

    public TermStatesPhraseQuery(PhraseQuery phrase, IReadOnlyDictionary<Term, TermContext> states, SharedTermsEnums enumerators)
    {
        this.phrase = phrase;
        this.states = states;
        this.enumerators = enumerators;
        terms = phrase.GetTerms();
        positions = phrase.GetPositions();
        Boost = phrase.Boost;
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new PhraseWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> into) => phrase.ExtractTerms(into);

    public override string ToString(string field) => phrase.ToString(field);

    public override bool Equals(object? obj) => base.Equals(obj) && obj is TermStatesPhraseQuery other && phrase.Equals(other.phrase);

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), phrase.GetHashCode());

    private sealed class PhraseWeight : Weight
    {
        private readonly TermStatesPhraseQuery query;
        private readonly IndexSearcher searcher;
        private readonly Similarity similarity;
        private readonly Similarity.SimWeight stats;
        private (float Norm, float TopLevelBoost) normalization;

        public PhraseWeight(TermStatesPhraseQuery query, IndexSearcher searcher)
        {
            this.query = query;
            this.searcher = searcher;
            similarity = searcher.Similarity;
            var termStats = query.terms.Select(t => searcher.TermStatistics(t, query.states[t])).ToArray();
            stats = similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(query.terms[0].Field), termStats);
        }

        public override Query Query => query;

        public override float GetValueForNormalization() => stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost)
        {
            normalization = (norm, topLevelBoost);
            stats.Normalize(norm, topLevelBoost);
        }

        // As PhraseWeight.GetScorer, with the states given instead of looked up.
        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            var enumerator = query.enumerators.For(context, query.terms[0].Field);
            if (enumerator is null) return null;
            var postings = new (DocsAndPositionsEnum Postings, int DocFreq, int Position, Term Term)[query.terms.Length];
            for (var i = 0; i < postings.Length; i++)
            {
                var term = query.terms[i];
                var state = query.states[term].Get(context.Ord);
                if (state is null) return null;
                enumerator.SeekExact(term.Bytes, state);
                postings[i] = (enumerator.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE), enumerator.DocFreq, query.positions[i], term);
            }

            var slop = query.phrase.Slop;
            if (slop == 0)
            {
                // PostingsAndFreq's order: rarest first, then by position (unique in a phrase).
                Array.Sort(postings, (a, b) => a.DocFreq != b.DocFreq ? a.DocFreq.CompareTo(b.DocFreq) : a.Position.CompareTo(b.Position));
            }

            var ordered = (object[])Array.CreateInstance(PostingsAndFreq, postings.Length);
            for (var i = 0; i < postings.Length; i++)
            {
                ordered[i] = NewPostingsAndFreq(postings[i].Postings, postings[i].DocFreq, postings[i].Position, [postings[i].Term]);
            }

            var docScorer = similarity.GetSimScorer(stats, context);
            if (slop != 0) return (Scorer)NewSloppyPhraseScorer(this, ordered, slop, docScorer);
            var exact = NewExactPhraseScorer(this, ordered, docScorer);
            return NoDocs(exact) ? null : (Scorer)exact;
        }

        // Rare (diagnostics only): Lucene's own weight explains, looking the terms up itself.
        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var weight = query.phrase.CreateWeight(searcher);
            weight.GetValueForNormalization();
            weight.Normalize(normalization.Norm, normalization.TopLevelBoost);
            return weight.Explain(context, doc);
        }
    }

    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    [return: UnsafeAccessorType(PostingsAndFreqType)]
    private static extern object NewPostingsAndFreq(DocsAndPositionsEnum postings, int docFreq, int position, Term[] terms);

    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    [return: UnsafeAccessorType("Lucene.Net.Search.ExactPhraseScorer, Lucene.Net")]
    private static extern object NewExactPhraseScorer(
        Weight weight, [UnsafeAccessorType("Lucene.Net.Search.PhraseQuery+PostingsAndFreq[], Lucene.Net")] object postings, Similarity.SimScorer docScorer);

    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    [return: UnsafeAccessorType("Lucene.Net.Search.SloppyPhraseScorer, Lucene.Net")]
    private static extern object NewSloppyPhraseScorer(
        Weight weight, [UnsafeAccessorType("Lucene.Net.Search.PhraseQuery+PostingsAndFreq[], Lucene.Net")] object postings, int slop, Similarity.SimScorer docScorer);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "noDocs")]
    private static extern ref bool NoDocs([UnsafeAccessorType("Lucene.Net.Search.ExactPhraseScorer, Lucene.Net")] object scorer);
}
