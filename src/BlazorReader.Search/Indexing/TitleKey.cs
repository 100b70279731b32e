using BlazorReader.Core.Arabic;

namespace BlazorReader.Search.Indexing;

// A whole headline reduced to its normalised words (stopwords kept, punctuation dropped),
// indexed as one term: a reader who pastes or retypes a title — with other quotes, hamzas
// or diacritics — finds that article first, ahead of longer titles that contain it.
internal static class TitleKey
{
    public static string Of(string text) =>
        string.Join(' ', ArabicTextAnalyzer.Analyze(text, keepStopwords: true).Select(t => t.Surface));
}
