using System.Text;
using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Related;

// The same text stored under two URLs of one paper (a republished page, a feed listing
// one story twice) gets one key: the id of the first copy seen. The source is part of
// the key because the same agency copy in two papers is "the same story from another
// source", which readers want. Normalised words, so a diacritic or a space changes nothing.
public sealed class TextKeys
{
    // The first id holding each text is its key; the later holders, in arrival order, are
    // kept only for texts held more than once (a list per article was 2 MB for 30,000).
    private readonly Dictionary<ulong, int> firstOf = [];
    private readonly Dictionary<ulong, List<int>> laterOf = [];
    private readonly Dictionary<int, ulong> hashOf = [];

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
        if (!hashOf.TryAdd(id, hash))
        {
            return KeyOf(id);
        }

        if (!firstOf.TryAdd(hash, id))
        {
            if (!laterOf.TryGetValue(hash, out var later))
            {
                later = [];
                laterOf[hash] = later;
            }

            later.Add(id);
        }

        return firstOf[hash];
    }

    // The next copy in arrival order becomes the text's key, as it would have been.
    public void Remove(int id)
    {
        if (!hashOf.Remove(id, out var hash))
        {
            return;
        }

        laterOf.TryGetValue(hash, out var later);
        if (firstOf[hash] != id)
        {
            later!.Remove(id);
        }
        else if (later is null)
        {
            firstOf.Remove(hash);
            return;
        }
        else
        {
            firstOf[hash] = later[0];
            later.RemoveAt(0);
        }

        if (later.Count == 0)
        {
            laterOf.Remove(hash);
        }
    }

    public int KeyOf(int id) => hashOf.TryGetValue(id, out var hash) ? firstOf[hash] : id;
}
