namespace BlazorReader.Core.Related;

// Topical neighbours the MoreLikeThis way: pick an article's most telling stems by tf-idf,
// look them up in an inverted index and score the articles holding them with BM25, then
// prefer the ones published close in time. Document frequencies are counted as articles
// arrive, so Add is cheap and queries always use the current corpus statistics, while a query
// walks only the postings within its horizon in time (TopicalOptions.HorizonDays).
// Queries may run in parallel with each other, never with Add.
public sealed class TopicalNeighbourFinder(TopicalOptions? options = null)
{
    // An indexed article keeps term ids, not its stems: one string per stem in the corpus
    // instead of one per stem per article, which was most of the index's memory; packed (see
    // PackedIds), as their order never mattered. Its weights are read from the postings.
    private sealed record IndexedTerms(int Id, DateTime PublishedAt, byte[] Terms, double Length);

    // What a query asks with. Weights are whole counts times the title weight (3 by default),
    // which a float holds exactly (the postings have always scored with floats).
    private sealed record QueryTerms(int Id, DateTime PublishedAt, int[] Terms, float[] Weights);

    private readonly Dictionary<string, int> termIds = new(StringComparer.Ordinal);
    private readonly List<string> termStems = [];
    private readonly TopicalPostings postings = new();
    private readonly List<IndexedTerms> documents = [];
    private readonly Dictionary<int, int> positionOf = [];
    private double totalLength;

    [ThreadStatic]
    private static TopicalScoreBoard? threadBoard;

    public TopicalOptions Options { get; } = options ?? TopicalOptions.Default;

    public int Count => documents.Count;

    public TopicalTerms Terms(RelatedDocument document) => TopicalTerms.From(document, Options.TitleWeight);

    public void Add(RelatedDocument document) => Add(Terms(document));

    public void Add(TopicalTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (!positionOf.TryAdd(terms.Id, documents.Count))
        {
            throw new InvalidOperationException($"Article {terms.Id} is already indexed.");
        }

        var ids = new int[terms.Weights.Count];
        var block = TimeBlocks.Of(terms.PublishedAt);
        var at = 0;
        foreach (var (stem, weight) in terms.Weights)
        {
            if (!termIds.TryGetValue(stem, out var term))
            {
                term = postings.AddTerm();
                termIds[stem] = term;
                termStems.Add(stem);
            }

            postings.Add(term, block, documents.Count, (float)weight);
            ids[at++] = term;
        }

        documents.Add(new IndexedTerms(terms.Id, terms.PublishedAt, PackedIds.Pack(ids), terms.Length));
        totalLength += terms.Length;
    }

    public void TrimExcess()
    {
        postings.TrimExcess();
        documents.TrimExcess();
    }

    // The postings and document frequencies become those of a corpus that never held the
    // article. The last article moves into the freed position, so nothing else shifts;
    // positions only ever break ties, and ties are broken by id. Unknown ids are ignored.
    public void Remove(int id)
    {
        if (!positionOf.Remove(id, out var position))
        {
            return;
        }

        var removed = documents[position];
        foreach (var term in PackedIds.Unpack(removed.Terms))
        {
            postings.Remove(term, TimeBlocks.Of(removed.PublishedAt), position);
        }

        var last = documents.Count - 1;
        if (position != last)
        {
            var moved = documents[last];
            foreach (var term in PackedIds.Unpack(moved.Terms))
            {
                postings.MoveLast(term, TimeBlocks.Of(moved.PublishedAt), position);
            }

            documents[position] = moved;
            positionOf[moved.Id] = position;
        }

        documents.RemoveAt(last);
        totalLength -= removed.Length;
    }

    public IReadOnlyList<ScoredArticle> Query(int id, int k) =>
        positionOf.TryGetValue(id, out var position) ? Query(Stored(position), k) : [];

    public IReadOnlyList<ScoredArticle> Query(RelatedDocument document, int k) => Query(Terms(document), k);

    // An article not in the index is asked about with the terms the index knows.
    public IReadOnlyList<ScoredArticle> Query(TopicalTerms terms, int k)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var known = terms.Weights.Where(w => termIds.ContainsKey(w.Key)).ToList();
        return Query(new QueryTerms(terms.Id, terms.PublishedAt, [.. known.Select(w => termIds[w.Key])], [.. known.Select(w => (float)w.Value)]), k);
    }

    private QueryTerms Stored(int position)
    {
        var document = documents[position];
        var terms = PackedIds.Unpack(document.Terms);
        var weights = new float[terms.Length];
        var block = TimeBlocks.Of(document.PublishedAt);
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = postings.WeightOf(terms[i], block, position);
        }

        return new QueryTerms(document.Id, document.PublishedAt, terms, weights);
    }

    private IReadOnlyList<ScoredArticle> Query(QueryTerms terms, int k)
    {
        if (documents.Count == 0 || k <= 0)
        {
            return [];
        }

        var board = threadBoard ??= new TopicalScoreBoard();
        board.Reset(documents.Count);
        var averageLength = totalLength / documents.Count;
        var (first, last) = TimeBlocks.Within(terms.PublishedAt, Options.HorizonDays);
        foreach (var (term, queryWeight, idf) in SelectTerms(terms))
        {
            // An article's score sums its terms in this order whatever the blocks' order.
            foreach (var block in postings.Of(term, first, last))
            {
                foreach (var posting in block.Postings)
                {
                    var length = documents[posting.Document].Length;
                    var norm = Options.K1 * (1 - Options.B + Options.B * length / averageLength);
                    board.Add(posting.Document, queryWeight * idf * posting.Weight * (Options.K1 + 1) / (posting.Weight + norm));
                }
            }
        }

        return board.Top(k, position => Admit(terms, position), position => documents[position].Id);
    }

    // Recency applied after BM25: null drops the article itself, and the articles beyond the
    // horizon that the outer blocks walked hold, so answers do not depend on where blocks begin.
    private double? Admit(QueryTerms query, int position)
    {
        var candidate = documents[position];
        var days = Math.Abs((candidate.PublishedAt - query.PublishedAt).TotalDays);
        return candidate.Id == query.Id || days > Options.HorizonDays ? null : Math.Pow(0.5, days / Options.RecencyHalfLifeDays);
    }

    private IEnumerable<(int Term, double QueryWeight, double Idf)> SelectTerms(QueryTerms terms)
    {
        var n = documents.Count;
        var isIndexed = positionOf.ContainsKey(terms.Id);
        // Small corpora (tests, a fresh site) would lose every term to the share cap.
        var maxDf = Math.Max(50, Options.MaxDocumentShare * n);
        var chosen = new List<(int, double, double)>();
        for (var i = 0; i < terms.Terms.Length; i++)
        {
            var df = postings.DocumentFrequency(terms.Terms[i]);
            if (df <= (isIndexed ? 1 : 0) || df > maxDf)
            {
                continue; // only the article itself has it, or nearly everyone does
            }

            var idf = Math.Log(1 + (n - df + 0.5) / (df + 0.5));
            chosen.Add((terms.Terms[i], (1 + Math.Log(terms.Weights[i])) * idf, idf));
        }

        // Ties go to the stem that sorts first, as they did when stems were the keys.
        return chosen.OrderByDescending(t => t.Item2).ThenBy(t => termStems[t.Item1], StringComparer.Ordinal).Take(Options.MaxQueryTerms);
    }
}
