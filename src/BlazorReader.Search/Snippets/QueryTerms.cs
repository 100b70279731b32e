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

    // A stem is cut from its word (clitics off the front, endings off the back), so a word
    // can match only if its normalised form holds a query stem: a test that lets snippets
    // skip stemming nearly every word of a body.
    public bool MayMatch(ReadOnlySpan<char> surface)
    {
        foreach (var stem in stems)
        {
            if (surface.Contains(stem.AsSpan(), StringComparison.Ordinal)) return true;
        }

        return false;
    }

    public bool Matches(AnalyzedToken token) => surfaces.Contains(token.Surface) || stems.Contains(token.Stem);
}
