namespace BlazorReader.Core.Arabic;

// The one analysis chain used by search (index and query) and by related-story selection.
// Order matters: tokenize on the original text (offsets for highlighting), normalise
// (so stopwords and stems see one spelling), drop stopwords, then stem.
public static class ArabicTextAnalyzer
{
    public static IReadOnlyList<AnalyzedToken> Analyze(string text) => Analyze(text, keepStopwords: false);

    public static IReadOnlyList<AnalyzedToken> Analyze(string text, bool keepStopwords) => [.. Tokens(text, keepStopwords)];

    // The same tokens one at a time, for readers that can stop early (snippets of long bodies).
    public static IEnumerable<AnalyzedToken> Tokens(string text, bool keepStopwords = false)
    {
        var position = 0;
        foreach (var word in ArabicTokenizer.Tokenize(text))
        {
            var surface = ArabicNormalizer.Normalize(word.Text);
            if (surface.Length == 0)
            {
                // Only diacritics or tatweel: nothing a reader would search for.
                continue;
            }

            if (keepStopwords || !ArabicStopwords.Contains(surface))
            {
                yield return new AnalyzedToken(surface, StemCache.Stem(surface), word.Start, word.End, position);
            }

            position++;
        }
    }
}
