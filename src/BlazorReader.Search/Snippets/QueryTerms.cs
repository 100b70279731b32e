using BlazorReader.Core.Arabic;
using BlazorReader.Search.Querying;

namespace BlazorReader.Search.Snippets;

// The words a query looks for, by surface form and stem, so snippets can mark a word that
// matched either way.
internal sealed class QueryTerms(IEnumerable<AnalyzedToken> words)
{
    private readonly HashSet<string> surfaces = words.Select(w => w.Surface).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> stems = words.Select(w => w.Stem).ToHashSet(StringComparer.Ordinal);

    public static QueryTerms Of(UserQuery query) => new(query.Words.Concat(query.Phrases.SelectMany(p => p)));

    // The most distinct words a passage can show: a matched word always carries a query stem.
    public int StemCount => stems.Count;

    public bool Matches(AnalyzedToken token) => surfaces.Contains(token.Surface) || stems.Contains(token.Stem);
}
