using System.Collections.Concurrent;

namespace BlazorReader.Core.Arabic;

// News vocabulary is small next to news text: the same word forms recur millions of times,
// so stems are remembered. The cache lives as long as the app, so it is kept small (about
// 10 MB): when full it starts again, and the frequent forms, which are nearly every token,
// are back within a few articles. Holding every form the corpus has (some 260,000) cost
// 25 MB for good after the start-up load. The size is counted apart: ConcurrentDictionary.Count
// takes every lock.
internal static class StemCache
{
    private const int Capacity = 100_000;
    private static readonly ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);
    private static int size;

    public static string Stem(string surface)
    {
        if (Stems.TryGetValue(surface, out var stem))
        {
            return stem;
        }

        stem = ArabicLightStemmer.Stem(surface);
        if (Interlocked.Increment(ref size) > Capacity)
        {
            // Racing threads may clear twice or lose an entry or two: only speed depends on it.
            Stems.Clear();
            Volatile.Write(ref size, 0);
        }

        Stems.TryAdd(surface, stem);
        return stem;
    }
}
