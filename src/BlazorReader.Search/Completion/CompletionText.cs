using BlazorReader.Core.Arabic;

namespace BlazorReader.Search.Completion;

// Headlines and typed text meet in one form: the words, normalised as search normalises them
// (hamza, taa marbuta, alef maqsura, diacritics, tatweel folded), one space apart, with
// punctuation gone.
internal static class CompletionText
{
    public readonly record struct Word(string Normal, int Start, int End);

    public static List<Word> Words(string text)
    {
        var words = new List<Word>();
        foreach (var (start, end) in ArabicTokenizer.Bounds(text))
        {
            var normal = ArabicNormalizer.Normalize(text.AsSpan(start, end - start));
            if (normal.Length > 0)
            {
                words.Add(new Word(normal, start, end));
            }
        }
        return words;
    }

    public static string Key(IEnumerable<Word> words) => string.Join(' ', words.Select(w => w.Normal));
}
