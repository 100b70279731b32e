namespace BlazorReader.Core.Arabic;

// A whole headline reduced to its normalised words (stopwords kept, punctuation dropped): a
// teaser finds the article it names, and a retyped title its article in search, despite hamza,
// taa marbuta, alef maqsura, diacritics, tatweel, digits and punctuation differences.
public static class TitleKey
{
    public const int MaxLength = 400;

    public static string From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = string.Join(' ', ArabicTokenizer.Tokenize(text).Select(t => ArabicNormalizer.Normalize(t.Text)));
        return key.Length <= MaxLength ? key : key[..MaxLength];
    }
}
