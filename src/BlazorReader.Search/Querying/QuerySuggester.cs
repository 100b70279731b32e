using BlazorReader.Core.Arabic;
using BlazorReader.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace BlazorReader.Search.Querying;

// When nothing matches, the likeliest culprit is the rarest word (a typo, or a name the
// articles spell otherwise): offer the query as the reader wrote it without that word.
internal static class QuerySuggester
{
    public static string? WithoutRarestWord(IndexSearcher searcher, string raw, UserQuery query)
    {
        var words = query.Words.Concat(query.Phrases.SelectMany(p => p)).ToList();
        if (words.Count < 2)
        {
            return null;
        }

        var rarest = words.MinBy(w => searcher.IndexReader.DocFreq(new Term(SearchFields.BodyStem, w.Stem))
            + searcher.IndexReader.DocFreq(new Term(SearchFields.TitleStem, w.Stem)))!;
        var kept = raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(chunk => !ArabicTextAnalyzer.Analyze(chunk).Any(t => t.Surface == rarest.Surface));
        var suggestion = string.Join(' ', kept).Trim();
        return suggestion.Length == 0 || suggestion.Length > UserQueryParser.MaxLength ? null : suggestion;
    }
}
