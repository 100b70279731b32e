namespace BlazorReader.Core.Related;

// Topical neighbours the MoreLikeThis way: pick an article's most telling stems by tf-idf,
// look them up in an inverted index and score the articles holding them with BM25, then
// prefer the ones published close in time. Document frequencies are counted as articles
// arrive, so Add is cheap and queries always use the current corpus statistics.
// Queries may run in parallel with each other, never with Add.
public sealed class TopicalNeighbourFinder(TopicalOptions? options = null)
{
    private readonly record struct Posting(int Document, float Weight);

    private readonly Dictionary<string, List<Posting>> _postings = new(StringComparer.Ordinal);
    private readonly List<TopicalTerms> _documents = [];
    private readonly Dictionary<int, int> _positionOf = [];
    private double _totalLength;

    [ThreadStatic]
    private static TopicalScoreBoard? t_board;

    public TopicalOptions Options { get; } = options ?? TopicalOptions.Default;

    public int Count => _documents.Count;

    public TopicalTerms Terms(RelatedDocument document) => TopicalTerms.From(document, Options.TitleWeight);

    public void Add(RelatedDocument document) => Add(Terms(document));

    public void Add(TopicalTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (!_positionOf.TryAdd(terms.Id, _documents.Count))
        {
            throw new InvalidOperationException($"Article {terms.Id} is already indexed.");
        }

        foreach (var (stem, weight) in terms.Weights)
        {
            if (!_postings.TryGetValue(stem, out var postings))
            {
                postings = [];
                _postings[stem] = postings;
            }

            postings.Add(new Posting(_documents.Count, (float)weight));
        }

        _documents.Add(terms);
        _totalLength += terms.Length;
    }

    // The postings and document frequencies become those of a corpus that never held the
    // article. The last article moves into the freed position, so nothing else shifts;
    // positions only ever break ties, and ties are broken by id. Unknown ids are ignored.
    public void Remove(int id)
    {
        if (!_positionOf.Remove(id, out var position))
        {
            return;
        }

        var removed = _documents[position];
        foreach (var stem in removed.Weights.Keys)
        {
            var postings = _postings[stem];
            postings.RemoveAll(p => p.Document == position);
            if (postings.Count == 0)
            {
                _postings.Remove(stem);
            }
        }

        var last = _documents.Count - 1;
        if (position != last)
        {
            var moved = _documents[last];
            foreach (var stem in moved.Weights.Keys)
            {
                var postings = _postings[stem];
                var at = postings.FindIndex(p => p.Document == last);
                postings[at] = postings[at] with { Document = position };
            }

            _documents[position] = moved;
            _positionOf[moved.Id] = position;
        }

        _documents.RemoveAt(last);
        _totalLength -= removed.Length;
    }

    public IReadOnlyList<ScoredArticle> Query(int id, int k) =>
        _positionOf.TryGetValue(id, out var position) ? Query(_documents[position], k) : [];

    public IReadOnlyList<ScoredArticle> Query(RelatedDocument document, int k) => Query(Terms(document), k);

    public IReadOnlyList<ScoredArticle> Query(TopicalTerms terms, int k)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (_documents.Count == 0 || k <= 0)
        {
            return [];
        }

        var board = t_board ??= new TopicalScoreBoard();
        board.Reset(_documents.Count);
        var averageLength = _totalLength / _documents.Count;
        foreach (var (stem, queryWeight, idf) in SelectTerms(terms))
        {
            foreach (var posting in _postings[stem])
            {
                var length = _documents[posting.Document].Length;
                var norm = Options.K1 * (1 - Options.B + Options.B * length / averageLength);
                board.Add(posting.Document, queryWeight * idf * posting.Weight * (Options.K1 + 1) / (posting.Weight + norm));
            }
        }

        return board.Top(k, position => Admit(terms, position), position => _documents[position].Id);
    }

    // Recency applied after BM25: null drops the article itself.
    private double? Admit(TopicalTerms query, int position)
    {
        var candidate = _documents[position];
        if (candidate.Id == query.Id)
        {
            return null;
        }

        var days = Math.Abs((candidate.PublishedAt - query.PublishedAt).TotalDays);
        return Math.Pow(0.5, days / Options.RecencyHalfLifeDays);
    }

    private IEnumerable<(string Stem, double QueryWeight, double Idf)> SelectTerms(TopicalTerms terms)
    {
        var n = _documents.Count;
        var isIndexed = _positionOf.ContainsKey(terms.Id);
        // Small corpora (tests, a fresh site) would lose every term to the share cap.
        var maxDf = Math.Max(50, Options.MaxDocumentShare * n);
        var chosen = new List<(string, double, double)>();
        foreach (var (stem, weight) in terms.Weights)
        {
            if (!_postings.TryGetValue(stem, out var postings))
            {
                continue;
            }

            var df = postings.Count;
            if (df <= (isIndexed ? 1 : 0) || df > maxDf)
            {
                continue; // only the article itself has it, or nearly everyone does
            }

            var idf = Math.Log(1 + (n - df + 0.5) / (df + 0.5));
            chosen.Add((stem, (1 + Math.Log(weight)) * idf, idf));
        }

        return chosen.OrderByDescending(t => t.Item2).ThenBy(t => t.Item1, StringComparer.Ordinal).Take(Options.MaxQueryTerms);
    }
}
