using BlazorReader.Core.Arabic;
using BlazorReader.Search.Analysis;
using BlazorReader.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using static BlazorReader.Search.Querying.RelevanceWeights;

namespace BlazorReader.Search.Querying;

// Builds the scoring query. Every word may match in four fields (title/body × surface/stem)
// and the scores add up, so a surface match (which also matches the stem) outranks a
// stem-only one. Short queries need every word; longer ones let a quarter of the words
// miss, as a reader's query often carries a word the article does not use. Phrase and
// proximity clauses then lift the articles where the words stand together, which
// bag-of-words scoring alone cannot see.
internal static class RelevanceQueryBuilder
{
    public static BooleanQuery Build(UserQuery query, IndexReaderContext top)
    {
        var enumerators = new SharedTermsEnums();
        var states = QueryTermStates.Build(top, WordTerms(query), enumerators);
        TermQuery Term(string field, string text, float boost) => new TermStatesTermQuery(new Term(field, text), states[new Term(field, text)], enumerators) { Boost = boost };
        BooleanQuery WordQuery(AnalyzedToken word) => new(disableCoord: true)
        {
            { Term(SearchFields.TitleSurface, word.Surface, TitleSurface), Occur.SHOULD },
            { Term(SearchFields.TitleStem, word.Stem, TitleStem), Occur.SHOULD },
            { Term(SearchFields.BodySurface, word.Surface, BodySurface), Occur.SHOULD },
            { Term(SearchFields.BodyStem, word.Stem, BodyStem), Occur.SHOULD },
        };

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
            var words = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = RequiredWords(query.Words.Count) };
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

            ShouldPhrase(SearchFields.TitleSurface, query.Words, TokenForm.Surface, 0, TitlePhrase);
            ShouldPhrase(SearchFields.TitleStem, query.Words, TokenForm.Stem, TitleProximitySlop, TitleProximity);
            ShouldPhrase(SearchFields.BodySurface, query.Words, TokenForm.Surface, BodyPhraseSlop, BodyPhrase);
            ShouldPhrase(SearchFields.BodyStem, query.Words, TokenForm.Stem, BodyProximitySlop, BodyProximity);
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

    // The terms the word queries, the phrase clauses and the whole-title clause look up.
    private static IEnumerable<Term> WordTerms(UserQuery query)
    {
        foreach (var word in query.Words.Concat(query.Phrases.SelectMany(p => p)))
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
        Dictionary<Term, TermContext> states, SharedTermsEnums enumerators)
    {
        var phrase = new PhraseQuery { Slop = slop, Boost = boost };
        var first = words[0].Position;
        foreach (var word in words)
        {
            phrase.Add(new Term(field, TokenForms.Of(word, form)), word.Position - first);
        }

        return new TermStatesPhraseQuery(phrase, states, enumerators);
    }
}
