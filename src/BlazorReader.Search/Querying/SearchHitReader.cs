using System.Globalization;
using BlazorReader.Search.Indexing;
using BlazorReader.Search.Snippets;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace BlazorReader.Search.Querying;

// Reads a page hit's stored fields and cuts its snippet from the body, or from the title
// when only the title matched.
internal static class SearchHitReader
{
    // The body is most of a stored document: it is decompressed only for a snippet.
    private static readonly HashSet<string> WithoutBody = [SearchFields.Id, SearchFields.Title, SearchFields.Published, SearchFields.Source, SearchFields.Slug, SearchFields.SourceUrl];
    private static readonly HashSet<string> WithBody = [.. WithoutBody, SearchFields.Body];

    public static SearchHit Read(IndexSearcher searcher, ScoreDoc hit, QueryTerms terms, bool withSnippet)
    {
        var doc = searcher.Doc(hit.Doc, withSnippet ? WithBody : WithoutBody);
        var title = doc.Get(SearchFields.Title, CultureInfo.InvariantCulture) ?? "";
        var body = doc.Get(SearchFields.Body, CultureInfo.InvariantCulture) ?? "";
        var ticks = doc.GetField(SearchFields.Published)?.GetInt64Value() ?? 0L;
        var snippet = withSnippet ? SnippetHighlighter.Highlight(body.Length > 0 ? body : title, terms) : "";
        return new SearchHit(
            int.Parse(doc.Get(SearchFields.Id, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            float.IsNaN(hit.Score) ? 0f : hit.Score,
            title,
            snippet,
            doc.Get(SearchFields.Source, CultureInfo.InvariantCulture),
            ticks == 0 ? null : new DateTime(ticks, DateTimeKind.Utc),
            doc.Get(SearchFields.Slug, CultureInfo.InvariantCulture) ?? "",
            doc.Get(SearchFields.SourceUrl, CultureInfo.InvariantCulture));
    }

    // From doc values: reading the stored id decompressed a chunk of bodies for each hit.
    public static int ReadId(IndexSearcher searcher, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return (int)leaf.AtomicReader.GetNumericDocValues(SearchFields.Id).Get(doc - leaf.DocBase);
    }
}
