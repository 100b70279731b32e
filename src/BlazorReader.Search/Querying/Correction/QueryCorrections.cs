using BlazorReader.Core.Arabic;

namespace BlazorReader.Search.Querying.Correction;

// Each corrected word's alternatives, likeliest first, and the reader's query with the
// words offered as corrections replaced (no suggestion when none was).
internal sealed class QueryCorrections
{
    private readonly IReadOnlyDictionary<AnalyzedToken, IReadOnlyList<AnalyzedToken>> alternatives;
    private readonly IReadOnlyList<(AnalyzedToken Word, string Correction)> offered;
    private readonly string? raw;
    private readonly HashSet<AnalyzedToken> readInstead;

    public QueryCorrections(IReadOnlyDictionary<AnalyzedToken, IReadOnlyList<AnalyzedToken>> alternatives,
        IReadOnlyList<(AnalyzedToken Word, string Correction)> offered, string? raw, IEnumerable<AnalyzedToken>? readInstead = null)
    {
        this.alternatives = alternatives;
        this.offered = offered;
        this.raw = raw;
        this.readInstead = new HashSet<AnalyzedToken>(readInstead ?? [], ReferenceEqualityComparer.Instance);
        Suggestion = offered.Count == 0 ? null : CorrectedQueryWriter.Write(raw ?? "", offered);
    }

    public static QueryCorrections None { get; } = new(new Dictionary<AnalyzedToken, IReadOnlyList<AnalyzedToken>>(), [], null);

    public string? Suggestion { get; }

    public IReadOnlyList<AnalyzedToken> For(AnalyzedToken word) => alternatives.TryGetValue(word, out var found) ? found : [];

    public IEnumerable<AnalyzedToken> All => alternatives.Values.SelectMany(a => a);

    // How many words have alternatives.
    public int Count => alternatives.Count;

    // These corrections and more, for other words: words no article holds with the rest of
    // the query, so phrase clauses read their corrections in their place.
    public QueryCorrections With(IEnumerable<(AnalyzedToken Word, IReadOnlyList<AnalyzedToken> Alternatives)> more,
        IEnumerable<(AnalyzedToken Word, string Correction)> moreOffered, string? rawQuery)
    {
        var merged = new Dictionary<AnalyzedToken, IReadOnlyList<AnalyzedToken>>(alternatives, ReferenceEqualityComparer.Instance);
        var moreList = more.ToList();
        foreach (var (word, found) in moreList) merged[word] = found;
        return new QueryCorrections(merged, [.. offered.Concat(moreOffered)], rawQuery ?? raw, readInstead.Concat(moreList.Select(m => m.Word)));
    }

    // The query's words as phrase and proximity clauses read them: a word the index lacks
    // cannot make a phrase, each of its corrections can (the k-th reading takes the k-th
    // correction of every such word, and of every word few articles hold with the others),
    // and which one the article holds together with the other words is the best evidence of
    // what was meant. The words as typed stay a reading (a phrase of a word the index lacks
    // is left out by the builder).
    public IReadOnlyList<IReadOnlyList<AnalyzedToken>> Readings(IReadOnlyList<AnalyzedToken> words, Func<AnalyzedToken, bool> isAbsentWord)
    {
        bool ReadAsCorrected(AnalyzedToken word) => isAbsentWord(word) || readInstead.Contains(word);
        var count = words.Select(w => ReadAsCorrected(w) ? For(w).Count : 0).DefaultIfEmpty(0).Max();
        if (count == 0) return [words];
        var corrected = Enumerable.Range(0, count).Select(k => words.Select(w => ReadAsCorrected(w) && For(w) is { Count: > 0 } found ? found[Math.Min(k, found.Count - 1)] : w).ToList());
        return [words, .. corrected];
    }
}
