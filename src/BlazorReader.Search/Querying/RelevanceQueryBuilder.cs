using BlazorReader.Core.Arabic;
using BlazorReader.Search.Analysis;
using BlazorReader.Search.Indexing;
using BlazorReader.Search.Querying.Correction;
using Lucene.Net.Index;
using Lucene.Net.Search;
using static BlazorReader.Search.Querying.RelevanceWeights;

namespace BlazorReader.Search.Querying;

// Builds the scoring query. Every word may match in four fields (title/body × surface/stem)
// and the scores add up, so a surface match (which also matches the stem) outranks a
// stem-only one. Short queries need every word; longer ones let a quarter of the words
// miss, as a reader's query often carries a word the article does not use. Phrase and
// proximity clauses then lift the articles where the words stand together, which
// bag-of-words scoring alone cannot see. Body proximity (every stem within a few words) is
// asked of short queries only: in a longer one, which lets words miss, it is the body phrase
// with a little give, which the surface phrase clause already lifts, and it was the costliest
// of the four clauses (a sloppy scorer over every word's positions). A mistyped word also
// matches its likely corrections, scored below the word as typed (QueryCorrector). Relaxed
// (asked for when no article holds them all), the query lets one more word miss, so the
// articles holding most of the words come back instead of nothing.
internal static class RelevanceQueryBuilder
{
    public static BooleanQuery Build(UserQuery query, QueryCorrections corrections, bool relaxed, QueryTermStates states)
    {
        var enumerators = states.Enumerators;
        states.LookUp(WordTerms(query, corrections));
        TermQuery Term(string field, string text, float boost) => new TermStatesTermQuery(new Term(field, text), states[new Term(field, text)], enumerators) { Boost = boost };
        BooleanQuery ExactWordQuery(AnalyzedToken word, float weight) => new(disableCoord: true)
        {
            { Term(SearchFields.TitleSurface, word.Surface, TitleSurface * weight), Occur.SHOULD },
            { Term(SearchFields.TitleStem, word.Stem, TitleStem * weight), Occur.SHOULD },
            { Term(SearchFields.BodySurface, word.Surface, BodySurface * weight), Occur.SHOULD },
            { Term(SearchFields.BodyStem, word.Stem, BodyStem * weight), Occur.SHOULD },
        };
        BooleanQuery WordQuery(AnalyzedToken word)
        {
            var exact = ExactWordQuery(word, 1f);
            var alternatives = corrections.For(word);
            if (alternatives.Count > 0)
            {
                // The best alternative only, per article: two look-alikes must not add up.
                var corrected = new DisjunctionMaxQuery(0f);
                for (var i = 0; i < alternatives.Count; i++)
                {
                    corrected.Add(ExactWordQuery(alternatives[i], i == 0 ? LikeliestCorrection : OtherCorrection));
                }

                exact.Add(corrected, Occur.SHOULD);
            }

            return exact;
        }

        bool IsAbsent(AnalyzedToken word) => states[new Term(SearchFields.BodyStem, word.Stem)].DocFreq == 0
            && states[new Term(SearchFields.TitleStem, word.Stem)].DocFreq == 0;
        var readings = corrections.Readings(query.Words, IsAbsent);

        var root = new BooleanQuery(disableCoord: true);
        // A phrase holding a word the index has never seen in that field cannot match: left
        // out, it costs no term lookups and changes no score (BM25 does not normalise queries).
        void ShouldPhrase(string field, IReadOnlyList<AnalyzedToken> words, TokenForm form, int slop, float boost)
        {
            if (words.All(w => states[new Term(field, TokenForms.Of(w, form))].DocFreq > 0))
            {
                root.Add(Phrase(field, words, form, slop, boost, states, enumerators), Occur.SHOULD);
            }
        }

        if (query.Words.Count > 0)
        {
            var required = RequiredWords(query.Words.Count);
            var words = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = relaxed ? RelaxedWords(query.Words.Count) : required };
            foreach (var word in query.Words)
            {
                words.Add(WordQuery(word), Occur.SHOULD);
            }

            root.Add(words, Occur.MUST);
        }

        if (query.Words.Count > 1)
        {
            if (!string.IsNullOrEmpty(query.TitleKey))
            {
                root.Add(Term(SearchFields.TitleKey, query.TitleKey, WholeTitle), Occur.SHOULD);
            }

            foreach (var phraseWords in readings)
            {
                ShouldPhrase(SearchFields.TitleSurface, phraseWords, TokenForm.Surface, 0, TitlePhrase);
                ShouldPhrase(SearchFields.TitleStem, phraseWords, TokenForm.Stem, TitleProximitySlop, TitleProximity);
                ShouldPhrase(SearchFields.BodySurface, phraseWords, TokenForm.Surface, BodyPhraseSlop, BodyPhrase);
                if (NeedsEveryWord(query))
                {
                    ShouldPhrase(SearchFields.BodyStem, phraseWords, TokenForm.Stem, BodyProximitySlop, BodyProximity);
                }
            }
        }

        foreach (var phrase in query.Phrases)
        {
            // A quoted phrase must be present (in any of its forms) and ranks higher as written.
            var present = new BooleanQuery(disableCoord: true)
            {
                { Phrase(SearchFields.TitleStem, phrase, TokenForm.Stem, 0, TitleProximity, states, enumerators), Occur.SHOULD },
                { Phrase(SearchFields.BodyStem, phrase, TokenForm.Stem, 0, BodyProximity, states, enumerators), Occur.SHOULD },
            };
            root.Add(present, Occur.MUST);
            ShouldPhrase(SearchFields.TitleSurface, phrase, TokenForm.Surface, 0, TitlePhrase);
            ShouldPhrase(SearchFields.BodySurface, phrase, TokenForm.Surface, 0, BodyPhrase);
            foreach (var word in phrase)
            {
                root.Add(WordQuery(word), Occur.SHOULD);
            }
        }

        foreach (var word in query.Excluded)
        {
            // Excluding by stem: «-الرياض» also drops articles that only say «بالرياض».
            root.Add(new TermQuery(new Term(SearchFields.TitleStem, word.Stem)), Occur.MUST_NOT);
            root.Add(new TermQuery(new Term(SearchFields.BodyStem, word.Stem)), Occur.MUST_NOT);
        }

        return root;
    }

    private static int RequiredWords(int count) => count <= 3 ? count : count - (count / 4);

    private static int RelaxedWords(int count) => Math.Max(1, RequiredWords(count) - 1);

    public static bool NeedsEveryWord(UserQuery query) => RequiredWords(query.Words.Count) == query.Words.Count;

    // Whether relaxing can find anything the strict query did not.
    public static bool CanRelax(UserQuery query) => RelaxedWords(query.Words.Count) < RequiredWords(query.Words.Count);

    // The terms the word queries, the phrase clauses and the whole-title clause look up.
    public static IEnumerable<Term> WordTerms(UserQuery query, QueryCorrections corrections)
    {
        foreach (var word in query.Words.Concat(query.Phrases.SelectMany(p => p)).Concat(corrections.All))
        {
            yield return new Term(SearchFields.TitleSurface, word.Surface);
            yield return new Term(SearchFields.TitleStem, word.Stem);
            yield return new Term(SearchFields.BodySurface, word.Surface);
            yield return new Term(SearchFields.BodyStem, word.Stem);
        }

        if (!string.IsNullOrEmpty(query.TitleKey))
        {
            yield return new Term(SearchFields.TitleKey, query.TitleKey);
        }
    }

    private static TermStatesPhraseQuery Phrase(string field, IReadOnlyList<AnalyzedToken> words, TokenForm form, int slop, float boost,
        QueryTermStates states, SharedTermsEnums enumerators)
    {
        var phrase = new PhraseQuery { Slop = slop, Boost = boost };
        var first = words[0].Position;
        foreach (var word in words)
        {
            phrase.Add(new Term(field, TokenForms.Of(word, form)), word.Position - first);
        }

        return new TermStatesPhraseQuery(phrase, states.All, enumerators);
    }
}
