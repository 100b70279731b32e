using Lucene.Net.Analysis.Ar;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace BlazorReader.Bench.Related;

// The baseline most sites use: Lucene MoreLikeThis with ArabicAnalyzer and its usual settings
// (minTermFreq 2, minDocFreq 5, maxQueryTerms 25), stated here so a library upgrade that
// changes a default does not change the baseline.
public sealed class MoreLikeThisBaseline : IDisposable
{
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly ThreadLocal<MoreLikeThis> mlt;
    private readonly Dictionary<int, int> docOf = [];
    private readonly int[] idOf;
    private readonly Dictionary<int, string> texts = [];

    public MoreLikeThisBaseline(IEnumerable<(int Id, string Text)> articles)
    {
        var analyzer = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)))
        {
            foreach (var (id, text) in articles)
            {
                texts[id] = text;
                writer.AddDocument([new StoredField("id", id), new TextField("body", text, Field.Store.NO)]);
            }
        }
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader);
        idOf = new int[reader.MaxDoc];
        for (var d = 0; d < reader.MaxDoc; d++)
        {
            idOf[d] = reader.Document(d).GetField("id").GetInt32Value()!.Value;
            docOf[idOf[d]] = d;
        }
        // One MoreLikeThis per thread: it keeps per-query state while it builds a query.
        mlt = new ThreadLocal<MoreLikeThis>(() => new MoreLikeThis(reader)
        {
            Analyzer = new ArabicAnalyzer(LuceneVersion.LUCENE_48),
            FieldNames = ["body"],
            MinTermFreq = 2,
            MinDocFreq = 5,
            MaxQueryTerms = 25,
        });
    }

    public IReadOnlyList<int> Similar(int id)
    {
        var doc = docOf[id];
        // Without stored text or term vectors the query is built from the article's own text.
        var hits = searcher.Search(mlt.Value!.Like(new StringReader(texts[id]), "body"), 11).ScoreDocs;
        return [.. hits.Where(h => h.Doc != doc).Take(10).Select(h => idOf[h.Doc])];
    }

    public void Dispose()
    {
        mlt.Dispose();
        reader.Dispose();
    }
}
