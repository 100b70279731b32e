using BlazorReader.Core.Arabic;
using BlazorReader.Search.Indexing;
using Lucene.Net.Index;

namespace BlazorReader.Search.Querying.Correction;

// Decides which query words to correct and with what. Only words the index hardly knows
// (in neither form: a surface form unseen but whose stem is common is a clitic variant,
// not a typo) are looked at, so the common query costs two term lookups a word and no
// fuzzy walk. A word absent from the index is corrected and the page offers the corrected
// query; a rare word that is there (a name, most often) keeps its place and gets only
// far more common look-alikes as weaker alternatives, with no «did you mean».
internal static class QueryCorrector
{
    private const int RareBelow = 3;
    private const int RareMinimumLength = 5;
    private const int CommonerBy = 20;

    public static QueryCorrections Correct(IndexReader reader, UserQuery query, string? raw)
    {
        var corrections = new Dictionary<AnalyzedToken, IReadOnlyList<AnalyzedToken>>(ReferenceEqualityComparer.Instance);
        var replaced = new List<(AnalyzedToken Word, string Correction)>();
        foreach (var word in query.Words)
        {
            var stemFreq = DocFreq(reader, SearchFields.BodyStem, SearchFields.TitleStem, word.Stem);
            if (stemFreq >= RareBelow) continue;
            var surfaceFreq = stemFreq == 0 ? 0 : DocFreq(reader, SearchFields.BodySurface, SearchFields.TitleSurface, word.Surface);
            var absent = stemFreq == 0;
            if (!absent && word.Surface.Length < RareMinimumLength) continue;

            var minimum = absent ? 1 : CommonerBy * Math.Max(surfaceFreq, stemFreq);
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

    private static int DocFreq(IndexReader reader, string body, string title, string text) =>
        reader.DocFreq(new Term(body, text)) + reader.DocFreq(new Term(title, text));
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
