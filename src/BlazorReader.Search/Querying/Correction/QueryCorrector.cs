using BlazorReader.Core.Arabic;
using BlazorReader.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace BlazorReader.Search.Querying.Correction;

// Decides which query words to correct and with what. Only words the index hardly knows
// (in neither form: a surface form unseen but whose stem is common is a clitic variant,
// not a typo) are looked at, so the common query costs two term lookups a word (on the
// query's shared enumerators) and no fuzzy walk. A word absent from the index is corrected and the page offers the corrected
// query; a rare word that is there (a name, most often) keeps its place and gets only
// far more common look-alikes as weaker alternatives, with no «did you mean».
internal static class QueryCorrector
{
    private const int RareBelow = 20;
    private const int RareMinimumLength = 4;
    private const int CommonerBy = 20;

    public static QueryCorrections Correct(IndexReaderContext top, UserQuery query, string? raw, SharedTermsEnums enumerators)
    {
        var reader = top.Reader;
        int DocFreq(string field, string text)
        {
            var bytes = new BytesRef(text);
            var sum = 0;
            foreach (var leaf in top.Leaves)
            {
                if (enumerators.For(leaf, field) is { } terms && terms.SeekExact(bytes)) sum += terms.DocFreq;
            }

            return sum;
        }

        var corrections = new Dictionary<AnalyzedToken, IReadOnlyList<AnalyzedToken>>(ReferenceEqualityComparer.Instance);
        var replaced = new List<(AnalyzedToken Word, string Correction)>();
        foreach (var word in query.Words)
        {
            var stemFreq = DocFreq(SearchFields.BodyStem, word.Stem) + DocFreq(SearchFields.TitleStem, word.Stem);
            if (stemFreq >= RareBelow) continue;
            // The stem counts every form of the word, so it is the fairest measure of how known it is.
            var absent = stemFreq == 0;
            if (!absent && word.Surface.Length < RareMinimumLength) continue;

            var minimum = absent ? 1 : CommonerBy * stemFreq;
            var found = SpellingCandidates.For(reader, SearchFields.BodySurface, word.Surface, minimum);
            var alternatives = found.Select(c => word with { Surface = c.Word, Stem = ArabicLightStemmer.Stem(c.Word) }).ToList();
            if (alternatives.Count == 0 && word.Stem != word.Surface)
            {
                // «وبالمدرسع»: the stacked form may be nowhere, its stem's neighbours are.
                alternatives = SpellingCandidates.For(reader, SearchFields.BodyStem, word.Stem, minimum)
                    .Select(c => word with { Surface = c.Word, Stem = c.Word }).ToList();
            }

            if (alternatives.Count == 0) continue;
            corrections[word] = alternatives;
            if (absent) replaced.Add((word, alternatives[0].Surface));
        }

        return new QueryCorrections(corrections, replaced.Count == 0 ? null : CorrectedQueryWriter.Write(raw ?? "", replaced));
    }
}

// Each corrected word's alternatives, likeliest first, and the reader's query with the
// absent words replaced (null when no word was absent).
internal sealed class QueryCorrections(IReadOnlyDictionary<AnalyzedToken, IReadOnlyList<AnalyzedToken>> alternatives, string? suggestion)
{
    public static QueryCorrections None { get; } = new(new Dictionary<AnalyzedToken, IReadOnlyList<AnalyzedToken>>(), null);

    public string? Suggestion => suggestion;

    public IReadOnlyList<AnalyzedToken> For(AnalyzedToken word) => alternatives.TryGetValue(word, out var found) ? found : [];

    public IEnumerable<AnalyzedToken> All => alternatives.Values.SelectMany(a => a);

    // The query's words as phrase and proximity clauses read them: a word the index lacks
    // cannot make a phrase, each of its corrections can (the k-th reading takes the k-th
    // correction of every such word), and which one the article holds together with the
    // other words is the best evidence of what was meant.
    public IReadOnlyList<IReadOnlyList<AnalyzedToken>> Readings(IReadOnlyList<AnalyzedToken> words, Func<AnalyzedToken, bool> isAbsent)
    {
        var count = words.Select(w => isAbsent(w) ? For(w).Count : 0).DefaultIfEmpty(0).Max();
        if (count == 0) return [words];
        return [.. Enumerable.Range(0, count).Select(k => words.Select(w => isAbsent(w) && For(w) is { Count: > 0 } found ? found[Math.Min(k, found.Count - 1)] : w).ToList())];
    }
}
