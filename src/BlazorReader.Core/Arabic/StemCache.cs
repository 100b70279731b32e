using System.Collections.Concurrent;

namespace BlazorReader.Core.Arabic;

// News vocabulary is small next to news text: the same few hundred thousand word forms
// recur millions of times, so stems are remembered. The cap keeps memory bounded (about
// 50 MB) if someone feeds it an endless stream of new words. The size is counted apart:
// ConcurrentDictionary.Count takes every lock.
internal static class StemCache
{
    private const int Capacity = 500_000;
    private static readonly ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);
    private static int size;

    public static string Stem(string surface)
    {
        if (Stems.TryGetValue(surface, out var stem))
        {
            return stem;
        }

        stem = ArabicLightStemmer.Stem(surface);
        if (Volatile.Read(ref size) < Capacity && Stems.TryAdd(surface, stem))
        {
            Interlocked.Increment(ref size);
        }

        return stem;
    }
}
