using BlazorReader.Core.Arabic;
using BlazorReader.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace BlazorReader.Search.Querying.Correction;

// Decides which query words to correct and with what. Only words the index hardly knows are
// looked at (in neither form: a surface form unseen but whose stem is common is a clitic
// variant, not a typo), so the common query costs two term lookups a word and no fuzzy walk.
// A word absent from the index is corrected up front and the page offers the corrected
// query. A rare word that is there (a name, most often) is weighed only when the search as
// typed found no article (the caller asks again with `earlier`): then it keeps its place and
// gets only far more common look-alikes as weaker alternatives, with no «did you mean» unless
// no article holds it with the other words and one holds its look-alike with them. Of a
// word's look-alikes, those the articles use together with the other words come first
// (WordCoOccurrence).
internal static class QueryCorrector
{
    private const int RareBelow = 20;
    private const int RareMinimumLength = 4;
    private const int CommonerBy = 20;
    private const int Kept = 4;

    // Look-alikes weighed before the context picks: a slip the costs call unlikely (a letter
    // dropped that is no long vowel) may still be the one the articles confirm.
    private const int Considered = 256;

    // A common word's look-alikes, weighed in every short query few articles hold whole (most
    // of them typed right): the likeliest slips only, or each such query pays for hundreds.
    private const int ConsideredInContext = 48;

    // `context` is the query's one WordCoOccurrence: InContext reads the same words' articles again.
    // Without `earlier`, absent words only; with it, rare words too, absent ones keeping the
    // look-alikes found before (the fuzzy walk is the costly part).
    // `states` holds the search's term lookups: how rare a word is comes from the stems the
    // first pass's clauses look up anyway.
    public static QueryCorrections Correct(IndexReaderContext top, UserQuery query, string? raw, WordCoOccurrence context,
        QueryTermStates states, QueryCorrections? earlier = null)
    {
        states.LookUp(RelevanceQueryBuilder.WordTerms(query, QueryCorrections.None));
        var corrections = new Dictionary<AnalyzedToken, IReadOnlyList<AnalyzedToken>>(ReferenceEqualityComparer.Instance);
        var replaced = new List<(AnalyzedToken Word, string Correction)>();
        foreach (var word in query.Words)
        {
            // The stem counts every form of the word, so it is the fairest measure of how known it is.
            var stemFreq = states.DocFreq(SearchFields.BodyStem, word.Stem) + states.DocFreq(SearchFields.TitleStem, word.Stem);
            if (stemFreq >= RareBelow) continue;
            var absent = stemFreq == 0;
            if (!absent && (earlier is null || word.Surface.Length < RareMinimumLength)) continue;
            if (absent && earlier?.For(word) is { Count: > 0 } known)
            {
                corrections[word] = known;
                replaced.Add((word, known[0].Surface));
                continue;
            }

            // A look-alike the articles use with the other words more than the word as typed
            // may be as rare as it; any other must be far commoner to be worth a guess.
            // Only a short query needs every word; a longer one lets a word miss, and weighing
            // its many words' look-alikes cost more than it won (headline queries).
            var together = RelevanceQueryBuilder.NeedsEveryWord(query) ? WithOthers(word, query, context) : null;
            var typed = absent || together is null ? 0 : WordCoOccurrence.Together(context.Holding(word.Stem), together);
            var alternatives = Choose(Candidates(top.Reader, word), together, context, typed, unconfirmedFrom: absent ? 1 : CommonerBy * stemFreq);
            if (alternatives.Count == 0) continue;
            corrections[word] = alternatives;
            var confirmed = together is not null && typed == 0 && WordCoOccurrence.Together(context.Holding(alternatives[0].Stem), together) > 0;
            if (absent || confirmed) replaced.Add((word, alternatives[0].Surface));
        }

        return new QueryCorrections(corrections, replaced, raw);
    }

    // Asked when hardly any article holds every word: one of them may be a slip that made
    // another known word («ينبع» typed «يتبع»), which no frequency test can see. A word's
    // look-alikes that more articles hold with the other words than the word as typed become
    // its alternatives; the reader is offered the correction of the likeliest slip when no
    // article held that word as typed with the others. Only for queries that need every
    // word: a longer one lets a word miss, so one slip does not lose the article, and its
    // words held together by few articles are what it is for.
    public static QueryCorrections InContext(IndexReaderContext top, UserQuery query, string? raw, QueryCorrections earlier, WordCoOccurrence context)
    {
        if (!WeighsContext(query)) return earlier;
        var found = new List<(AnalyzedToken Word, IReadOnlyList<AnalyzedToken> Alternatives, long Typed, long Best)>();
        foreach (var word in query.Words)
        {
            if (earlier.For(word).Count > 0 || word.Surface.Length < SpellingCandidates.MinimumLength) continue;
            var together = WithOthers(word, query, context);
            if (together is null) continue;
            var typed = WordCoOccurrence.Together(context.Holding(word.Stem), together);
            var alternatives = Choose(Candidates(top.Reader, word).Take(ConsideredInContext).ToList(), together, context, typed, unconfirmedFrom: int.MaxValue);
            if (alternatives.Count > 0) found.Add((word, alternatives, typed, WordCoOccurrence.Together(context.Holding(alternatives[0].Stem), together)));
        }

        if (found.Count == 0) return earlier;
        // The slip is likeliest in the word whose look-alike the most articles hold with the rest.
        var likeliest = found.MaxBy(f => f.Best);
        var offered = likeliest.Typed == 0 ? [(likeliest.Word, likeliest.Alternatives[0].Surface)] : Array.Empty<(AnalyzedToken, string)>();
        return earlier.With(found.Select(f => (f.Word, f.Alternatives)), offered, raw);
    }

    // Only for queries that need every word (see InContext); one word has no context.
    public static bool WeighsContext(UserQuery query) => query.Words.Count >= 2 && RelevanceQueryBuilder.NeedsEveryWord(query);

    // Headline words the bodies never use count too.
    private static List<(AnalyzedToken Word, int DocFreq)> Candidates(IndexReader reader, AnalyzedToken word)
    {
        var found = SpellingCandidates.For(reader, SearchFields.BodySurface, word.Surface, 1, Considered)
            .Concat(SpellingCandidates.For(reader, SearchFields.TitleSurface, word.Surface, 1, Considered))
            .DistinctBy(c => c.Word).OrderBy(c => c.Rank).ThenBy(c => c.Word, StringComparer.Ordinal).Take(Considered).ToList();
        if (found.Count > 0 || word.Stem == word.Surface)
        {
            return [.. found.Select(c => (word with { Surface = c.Word, Stem = ArabicLightStemmer.Stem(c.Word) }, c.DocFreq))];
        }

        // «وبالمدرسع»: the stacked form may be nowhere, its stem's neighbours are.
        return [.. SpellingCandidates.For(reader, SearchFields.BodyStem, word.Stem, 1, Considered).Select(c => (word with { Surface = c.Word, Stem = c.Word }, c.DocFreq))];
    }

    // The look-alikes more articles use with the other words than the word as typed first,
    // likeliest slip first among them; then those used in at least unconfirmedFrom articles.
    private static List<AnalyzedToken> Choose(List<(AnalyzedToken Word, int DocFreq)> candidates, FixedBitSet? together, WordCoOccurrence context,
        long typedTogether, int unconfirmedFrom)
    {
        var confirmed = new List<AnalyzedToken>();
        if (together is not null)
        {
            foreach (var (candidate, _) in candidates)
            {
                if (WordCoOccurrence.Together(context.Holding(candidate.Stem), together) <= typedTogether) continue;
                confirmed.Add(candidate);
                if (confirmed.Count == Kept) return confirmed;
            }
        }

        return [.. confirmed.Concat(candidates.Where(c => c.DocFreq >= unconfirmedFrom && !confirmed.Contains(c.Word)).Select(c => c.Word)).Take(Kept)];
    }

    // The articles holding the query's other known words (all of them, or all but those a
    // long query may miss); null when there are none to hold or no article holds them.
    private static FixedBitSet? WithOthers(AnalyzedToken word, UserQuery query, WordCoOccurrence context)
    {
        var others = query.Words.Where(w => !ReferenceEquals(w, word) && w.Stem != word.Stem).Select(w => w.Stem)
            .Distinct(StringComparer.Ordinal).Where(s => context.Holding(s).Cardinality > 0).ToList();
        if (others.Count == 0) return null;
        var together = context.HoldingAtLeast(others, Math.Max(1, others.Count - (query.Words.Count / 4)));
        return together.Cardinality > 0 ? together : null;
    }
}
