using System.Text;
using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Related;

// The same text stored under two URLs of one paper (a republished page, a feed listing
// one story twice) gets one key: the id of the first copy seen. The source is part of
// the key because the same agency copy in two papers is "the same story from another
// source", which readers want. Normalised words, so a diacritic or a space changes nothing.
public sealed class TextKeys
{
    private readonly Dictionary<ulong, int> _first = [];
    private readonly Dictionary<int, int> _keyOf = [];

    public static ulong Hash(RelatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (string.IsNullOrWhiteSpace(document.Body) && string.IsNullOrWhiteSpace(document.Title))
        {
            // Nothing to compare: every empty article is its own text.
            return StableHash.Mix((ulong)document.Id);
        }

        var text = new StringBuilder(document.Body.Length + document.Source.Length + 1);
        text.Append(document.Source).Append('\n');
        foreach (var token in ArabicTextAnalyzer.Analyze(string.IsNullOrWhiteSpace(document.Body) ? document.Title : document.Body, keepStopwords: true))
        {
            text.Append(token.Surface).Append(' ');
        }

        return StableHash.Mix(StableHash.Fnv1a(text.ToString()));
    }

    public int Add(int id, ulong hash)
    {
        if (_keyOf.TryGetValue(id, out var known))
        {
            return known;
        }

        var key = _first.TryAdd(hash, id) ? id : _first[hash];
        _keyOf[id] = key;
        return key;
    }

    public int KeyOf(int id) => _keyOf.GetValueOrDefault(id, id);

    
}
