using System.Globalization;
using BlazorReader.Core.Articles;
using BlazorReader.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace BlazorReader.Search.Completion;

// Reads the headlines of the published articles an index searcher sees. Segments never
// change once written, so each one's headlines are read once and kept while the segment
// lives; a refresh after an edit reads only the new small segment (and the deletions). Only
// published articles' stored fields are read at all: a draft cannot leak through a completion.
internal sealed class PublishedTitleReader
{
    private static readonly BytesRef Published = new(nameof(ArticleStatus.Published));

    private Dictionary<object, TitleRow?[]> segments = [];

    // Not thread-safe: ArticleCompletions calls it under its lock.
    public List<TitleRow> Read(IndexSearcher searcher)
    {
        var kept = new Dictionary<object, TitleRow?[]>();
        var rows = new List<TitleRow>();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            if (!segments.TryGetValue(reader.CoreCacheKey, out var segment))
            {
                segment = Load(reader);
            }
            kept[reader.CoreCacheKey] = segment;
            var live = reader.LiveDocs;
            for (var doc = 0; doc < segment.Length; doc++)
            {
                if (segment[doc] is { } row && (live is null || live.Get(doc)))
                {
                    rows.Add(row);
                }
            }
        }
        segments = kept;
        return rows;
    }

    private static TitleRow?[] Load(AtomicReader reader)
    {
        var rows = new TitleRow?[reader.MaxDoc];
        // The same cached ordinals the search's status filter reads.
        var status = FieldCache.DEFAULT.GetTermsIndex(reader, SearchFields.Status);
        var published = status.LookupTerm(Published);
        if (published < 0)
        {
            return rows;
        }
        var ids = reader.GetNumericDocValues(SearchFields.Id);
        var dates = reader.GetNumericDocValues(SearchFields.Published);
        for (var doc = 0; doc < rows.Length; doc++)
        {
            if (status.GetOrd(doc) != published)
            {
                continue;
            }
            var visitor = new DocumentStoredFieldVisitor(SearchFields.Title, SearchFields.Slug);
            reader.Document(doc, visitor);
            var title = visitor.Document.Get(SearchFields.Title, CultureInfo.InvariantCulture) ?? "";
            rows[doc] = new TitleRow((int)ids.Get(doc), title, visitor.Document.Get(SearchFields.Slug, CultureInfo.InvariantCulture) ?? "", dates?.Get(doc) ?? 0);
        }
        return rows;
    }
}
