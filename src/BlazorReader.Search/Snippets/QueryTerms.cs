using System.Buffers;
using BlazorReader.Core.Arabic;
using BlazorReader.Search.Querying;

namespace BlazorReader.Search.Snippets;

// The words a query looks for, by surface form and stem, so snippets can mark a word that
// matched either way.
internal sealed class QueryTerms
{
    // Arabic letters from the most to the least frequent in news text; a stem is found by
    // its rarest letter. Letters not listed (digits, Latin) count as rarer than all of them.
    private const string ByFrequency = "اليمونهرتبعدسفكقحجشطصزخضثغذظء";

    private readonly HashSet<string> surfaces;
    private readonly HashSet<string> stems;

    public QueryTerms(IEnumerable<AnalyzedToken> words)
    {
        var list = words.ToList();
        surfaces = list.Select(w => w.Surface).ToHashSet(StringComparer.Ordinal);
        stems = list.Select(w => w.Stem).ToHashSet(StringComparer.Ordinal);
        PrintedLetters = stems.All(s => s.Length > 0)
            ? SearchValues.Create([.. stems.SelectMany(s => PrintedForms.Of(RarestLetter(s))).Distinct()])
            : null;
    }

    public static QueryTerms Of(UserQuery query) => new(query.Words.Concat(query.Phrases.SelectMany(p => p)));

    // The most distinct words a passage can show: a matched word always carries a query stem.
    public int StemCount => stems.Count;

    // A matching word holds, as printed, a form of one stem's rarest letter (a stem is part
    // of the normalised word): most words of a body are skipped without being normalised.
    public SearchValues<char>? PrintedLetters { get; }

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

    private static char RarestLetter(string stem) =>
        stem.MaxBy(c => ByFrequency.IndexOf(c) is var rank and >= 0 ? rank : ByFrequency.Length);
}
