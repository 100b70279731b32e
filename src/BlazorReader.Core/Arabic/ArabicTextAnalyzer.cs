using System.Buffers;

namespace BlazorReader.Core.Arabic;

// The one analysis chain used by search (index and query) and by related-story selection.
// Order matters: tokenize on the original text (offsets for highlighting), normalise
// (so stopwords and stems see one spelling), drop stopwords, then stem.
public static class ArabicTextAnalyzer
{
    private const int WordBuffer = 64;

    public static IReadOnlyList<AnalyzedToken> Analyze(string text) => Analyze(text, keepStopwords: false);

    public static IReadOnlyList<AnalyzedToken> Analyze(string text, bool keepStopwords) => [.. Tokens(text, keepStopwords)];

    // The same tokens one at a time, for readers that can stop early.
    public static IEnumerable<AnalyzedToken> Tokens(string text, bool keepStopwords = false) => Tokens(text, keepStopwords, null);

    // Only the words whose normalised form passes a cheap test, as the full chain would
    // give them (positions included); the others are neither copied nor stemmed. Snippets
    // look for a few words in a long body, and stemming every word was most of their cost.
    // A word as printed that holds none of printedMustHold is not even normalised: a search
    // value test on the raw text is cheaper still than normalising every word.
    public static IEnumerable<AnalyzedToken> Candidates(string text, Func<ReadOnlySpan<char>, bool> mayMatch, SearchValues<char>? printedMustHold = null) =>
        Tokens(text, false, mayMatch, printedMustHold);

    private static IEnumerable<AnalyzedToken> Tokens(string text, bool keepStopwords, Func<ReadOnlySpan<char>, bool>? mayMatch, SearchValues<char>? printedMustHold = null)
    {
        var buffer = new char[WordBuffer];
        var position = 0;
        foreach (var (start, end) in ArabicTokenizer.Bounds(text))
        {
            if (printedMustHold is not null && !text.AsSpan(start, end - start).ContainsAny(printedMustHold))
            {
                // Counted as the full chain counts it: a word unless it is only marks.
                if (text.AsSpan(start, end - start).ContainsAnyExcept(PrintedForms.Vanishing))
                {
                    position++;
                }
                continue;
            }

            string? surface = null;
            if (!ArabicNormalizer.TryNormalize(text.AsSpan(start, end - start), buffer, out var length))
            {
                surface = ArabicNormalizer.Normalize(text.AsSpan(start, end - start));
                length = surface.Length;
            }

            if (length == 0)
            {
                // Only diacritics or tatweel: nothing a reader would search for.
                continue;
            }

            if (mayMatch is null || (surface is null ? mayMatch(buffer.AsSpan(0, length)) : mayMatch(surface)))
            {
                surface ??= new string(buffer, 0, length);
                if (keepStopwords || !ArabicStopwords.Contains(surface))
                {
                    yield return new AnalyzedToken(surface, StemCache.Stem(surface), start, end, position);
                }
            }

            position++;
        }
    }
}
