using Lucene.Net.Analysis.Ar;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace BlazorReader.Cli.Bench;

// The baseline most sites use: Lucene MoreLikeThis with ArabicAnalyzer and its defaults
// (minTermFreq 2, minDocFreq 5, maxQueryTerms 25) over the same articles.
public sealed class MoreLikeThisBaseline
{
    private readonly IndexSearcher searcher;
    private readonly MoreLikeThis mlt;
    private readonly Dictionary<int, int> docOf = [];
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
        var reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader);
        for (var d = 0; d < reader.MaxDoc; d++)
        {
            docOf[reader.Document(d).GetField("id").GetInt32Value()!.Value] = d;
        }
        mlt = new MoreLikeThis(reader) { Analyzer = analyzer, FieldNames = ["body"] };
    }

    public IReadOnlyList<int> Similar(int id)
    {
        var doc = docOf[id];
        // Without stored text or term vectors the query is built from the article's own text.
        var hits = searcher.Search(mlt.Like(new StringReader(texts[id]), "body"), 11).ScoreDocs;
        return [.. hits.Where(h => h.Doc != doc).Take(10).Select(h => searcher.Doc(h.Doc).GetField("id").GetInt32Value()!.Value)];
    }
}
