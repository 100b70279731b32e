using System.Globalization;
using BlazorReader.Core.Arabic;
using BlazorReader.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace BlazorReader.Search.Indexing;

// Turns a SearchDocument into the Lucene document layout described by SearchFields.
// Title and body are stored (compressed by Lucene) because snippets are cut from them.
// The id is also a doc value: ranking alone reads it without decompressing a stored chunk.
// Source and year also go to doc values: facets count them per result set without
// loading stored fields.
internal static class SearchDocumentMapper
{
    public static Document ToLucene(SearchDocument article)
    {
        var title = ArabicTextAnalyzer.Analyze(article.Title);
        var body = ArabicTextAnalyzer.Analyze(article.Body);
        var doc = new Document
        {
            new StringField(SearchFields.Id, IdTerm(article.Id), Field.Store.YES),
            new NumericDocValuesField(SearchFields.Id, article.Id),
            new StoredField(SearchFields.Title, article.Title),
            new StoredField(SearchFields.Body, article.Body),
            new TextField(SearchFields.TitleSurface, new AnalyzedTokenStream(title, article.Title.Length, TokenForm.Surface)),
            new TextField(SearchFields.TitleStem, new AnalyzedTokenStream(title, article.Title.Length, TokenForm.Stem)),
            new TextField(SearchFields.BodySurface, new AnalyzedTokenStream(body, article.Body.Length, TokenForm.Surface)),
            new TextField(SearchFields.BodyStem, new AnalyzedTokenStream(body, article.Body.Length, TokenForm.Stem)),
            new StringField(SearchFields.TitleKey, TitleKey.From(article.Title), Field.Store.NO),
            new StringField(SearchFields.Status, article.Status.ToString(), Field.Store.NO),
        };

        if (article.Slug.Length > 0)
        {
            doc.Add(new StoredField(SearchFields.Slug, article.Slug));
        }

        if (!string.IsNullOrEmpty(article.SourceUrl))
        {
            doc.Add(new StoredField(SearchFields.SourceUrl, article.SourceUrl));
        }

        if (!string.IsNullOrEmpty(article.Source))
        {
            doc.Add(new StringField(SearchFields.Source, article.Source, Field.Store.YES));
            doc.Add(new SortedDocValuesField(SearchFields.Source, new BytesRef(article.Source)));
        }

        foreach (var tag in article.Tags)
        {
            doc.Add(new StringField(SearchFields.Tag, tag, Field.Store.YES));
        }

        // Articles without a date sort as the oldest.
        var ticks = article.PublishedAt?.Ticks ?? 0L;
        doc.Add(new Int64Field(SearchFields.Published, ticks, Field.Store.YES));
        doc.Add(new NumericDocValuesField(SearchFields.Published, ticks));
        if (article.PublishedAt is { } published)
        {
            doc.Add(new SortedDocValuesField(SearchFields.Year, new BytesRef(published.Year.ToString(CultureInfo.InvariantCulture))));
            doc.Add(new SortedDocValuesField(SearchFields.Month, new BytesRef(published.ToString("yyyy-MM", CultureInfo.InvariantCulture))));
        }

        return doc;
    }

    public static string IdTerm(int id) => id.ToString(CultureInfo.InvariantCulture);
}
