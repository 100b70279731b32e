using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace BlazorReader.Bench.Search;

// A plain Lucene index with one stock analyzer (ArabicAnalyzer, StandardAnalyzer) over title
// and body, BM25, queried the way such indexes are usually queried: every query word as
// title^2 OR body. The reference point our own index has to beat.
internal sealed class BaselineIndex : IDisposable
{
    private static readonly HashSet<string> IdOnly = ["id"];
    private readonly Analyzer analyzer;
    private readonly FSDirectory directory;
    private DirectoryReader? reader;
    private IndexSearcher? searcher;

    public BaselineIndex(string folder, Analyzer analyzer)
    {
        this.analyzer = analyzer;
        directory = FSDirectory.Open(folder);
    }

    public void Build(IReadOnlyList<CorpusArticle> articles)
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = OpenMode.CREATE, Similarity = new BM25Similarity(), RAMBufferSizeMB = 64,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var id = 0; id < articles.Count; id++)
            {
                writer.AddDocument(new Document
                {
                    new StoredField("id", id),
                    // Stored like ours, so index sizes compare the same layout.
                    new TextField("title", articles[id].Title ?? "", Field.Store.YES),
                    new TextField("body", articles[id].Content ?? "", Field.Store.YES),
                });
            }

            writer.Commit();
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
    }

    public IReadOnlyList<int> TopIds(string text, int count) => TopIds(text, count, fuzzy: false);

    // Fuzzy as Elasticsearch's `fuzziness: AUTO` is: no edit for words of up to two letters,
    // one for three to five, two beyond, with its default 50 expansions a word.
    public IReadOnlyList<int> TopIds(string text, int count, bool fuzzy)
    {
        Query Word(string field, string token, float boost)
        {
            var edits = token.Length <= 2 ? 0 : token.Length <= 5 ? 1 : 2;
            Query word = fuzzy && edits > 0 ? new FuzzyQuery(new Term(field, token), edits, 0, 50, true) : new TermQuery(new Term(field, token));
            word.Boost = boost;
            return word;
        }

        var query = new BooleanQuery();
        foreach (var token in Analyze(text))
        {
            query.Add(Word("title", token, 2f), Occur.SHOULD);
            query.Add(Word("body", token, 1f), Occur.SHOULD);
        }

        if (query.Clauses.Count == 0) return [];
        return searcher!.Search(query, count).ScoreDocs
            .Select(d => searcher.Doc(d.Doc, IdOnly).GetField("id").GetInt32Value() ?? -1).ToList();
    }

    private List<string> Analyze(string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }

    public void Dispose()
    {
        reader?.Dispose();
        directory.Dispose();
        analyzer.Dispose();
    }
}
