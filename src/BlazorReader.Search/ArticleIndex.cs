using System.Globalization;
using BlazorReader.Search.Analysis;
using BlazorReader.Search.Indexing;
using BlazorReader.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace BlazorReader.Search;

// The article index: one writer, and searchers shared through a SearcherManager so that
// any number of threads search while another upserts. Changes become visible on Commit.
public sealed class ArticleIndex : IDisposable
{
    private readonly LuceneDirectory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;

    // Names what an index on disk was written with (fields, analysis, length norms). An index
    // of another layout would score wrongly, not fail: it is dropped, and the StoreIndexer then
    // rebuilds it from the store as it does a missing one.
    private const string Layout = "4 exact-length-norms, id doc values, stored links";
    public const string LayoutFile = "layout.txt";

    private ArticleIndex(LuceneDirectory directory, OpenMode mode)
    {
        this.directory = directory;
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new ArabicChainAnalyzer(TokenForm.Surface))
        {
            OpenMode = mode,
            Similarity = new ExactLengthSimilarity(),
            RAMBufferSizeMB = 64,
        };
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, applyAllDeletes: true, new ExactLengthSearcherFactory());
    }

    // Not FSDirectory.Open's memory-mapped directory: in Lucene.NET every clone of a mapped
    // input (each terms or postings enumerator makes one) is registered in a weak map, and
    // each byte read goes through a buffer view. Those clones and reads made the slowest
    // twentieth of searches four times slower than with positional file reads, which the
    // operating system's cache serves just as well (and NIOFSDirectory's detour around them
    // cost a fifth of a search: see PositionalReadDirectory).
    public static ArticleIndex OpenFolder(string folder)
    {
        var layoutFile = Path.Combine(folder, LayoutFile);
        var sameLayout = File.Exists(layoutFile) && File.ReadAllText(layoutFile).Trim() == Layout;
        var index = new ArticleIndex(new PositionalReadDirectory(folder), sameLayout ? OpenMode.CREATE_OR_APPEND : OpenMode.CREATE);
        if (!sameLayout)
        {
            index.Commit();
            File.WriteAllText(layoutFile, Layout);
        }

        return index;
    }

    public static ArticleIndex InMemory() => new(new RAMDirectory(), OpenMode.CREATE);

    public int Count => WithSearcher(s => s.IndexReader.NumDocs);

    public void Upsert(SearchDocument article) =>
        writer.UpdateDocument(new Term(SearchFields.Id, SearchDocumentMapper.IdTerm(article.Id)), SearchDocumentMapper.ToLucene(article));

    // For rebuilds: documents are analysed on every core (the writer accepts concurrent adds).
    public void UpsertMany(IEnumerable<SearchDocument> articles) =>
        Parallel.ForEach(articles, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, Upsert);

    public void Delete(int id) => writer.DeleteDocuments(new Term(SearchFields.Id, SearchDocumentMapper.IdTerm(id)));

    public void Commit()
    {
        writer.Commit();
        searchers.MaybeRefreshBlocking();
    }

    // After a bulk rebuild: background merges would otherwise compete with the first
    // searches, and searchers opened before them would keep reading the unmerged segments.
    public void WaitForMerges()
    {
        writer.WaitForMerges();
        searchers.MaybeRefreshBlocking();
    }

    public SearchResults Search(SearchRequest request) => WithSearcher(s => ArticleSearch.Run(s, request));

    // The ranking alone: the same query without filters, facets or snippets (what the
    // evaluation harness in BlazorReader.Bench scores).
    public IReadOnlyList<int> TopIds(string query, int count) => WithSearcher(s => ArticleSearch.TopIds(s, query, count));

    // Every document held, by article id: its stored fields and status on one line. What a
    // check compares with an index rebuilt from the store (an instance that skipped a change
    // differs there); reads every stored field, so not for serving.
    public IReadOnlyDictionary<int, string> Documents() => WithSearcher(s =>
    {
        var documents = new Dictionary<int, string>();
        foreach (var leaf in s.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var status = StatusOf(reader);
            var live = reader.LiveDocs;
            for (var d = 0; d < reader.MaxDoc; d++)
            {
                if (live is not null && !live.Get(d)) continue;
                var doc = reader.Document(d);
                var fields = doc.Fields.Where(f => f.Name != SearchFields.Id).Select(f => f.Name + "=" + f.GetStringValue(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal);
                documents.Add(int.Parse(doc.Get(SearchFields.Id, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
                    $"{SearchFields.Status}={status[d]}\n{string.Join('\n', fields)}");
            }
        }
        return documents;
    });

    private static string?[] StatusOf(AtomicReader reader)
    {
        var status = new string?[reader.MaxDoc];
        var terms = reader.GetTerms(SearchFields.Status)?.GetEnumerator();
        while (terms is not null && terms.MoveNext())
        {
            var name = terms.Term.Utf8ToString();
            var docs = terms.Docs(reader.LiveDocs, null);
            for (var d = docs.NextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.NextDoc())
            {
                status[d] = name;
            }
        }
        return status;
    }

    internal TResult WithSearcher<TResult>(Func<IndexSearcher, TResult> use)
    {
        var searcher = searchers.Acquire();
        try
        {
            return use(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        searchers.Dispose();
        writer.Dispose();
        directory.Dispose();
    }

    private sealed class ExactLengthSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new ExactLengthSimilarity() };
    }
}
