using BlazorReader.Core.Related;

namespace BlazorReader.Bench.Stories;

// Two articles a few days apart whose headlines share most of their words, read and labelled
// by hand: one event (reworded, followed up, or one agency text cut into parts), or one
// template filled with another event (another person, place, body, day or n-th batch). The
// file names each article by its paper and URL path only, never by its text.
public sealed record TemplatePair(bool SameEvent, int Left, int Right, string Why);

public sealed record TemplateFigures(int Same, int SameJoined, int Other, int OtherJoined, int Unmatched, List<TemplatePair> Wrong)
{
    // Joined same-event pairs over every joined pair.
    public double Precision => SameJoined + OtherJoined == 0 ? 0 : SameJoined / (double)(SameJoined + OtherJoined);
}

internal static class TemplatePairs
{
    public const string Resource = "template-pairs.tsv";

    public static (List<TemplatePair> Pairs, int Unmatched) Load(IReadOnlyDictionary<string, int> idByKey)
    {
        using var stream = typeof(TemplatePairs).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The bench is built without {Resource}.");
        using var reader = new StreamReader(stream);
        var pairs = new List<TemplatePair>();
        var unmatched = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length < 6 || f[0] is not ("same" or "other"))
            {
                throw new FormatException($"{Resource}: expected 'same|other, source, path, source, path, why', got: {line}");
            }

            if (idByKey.TryGetValue(CorpusDocuments.Key(f[1], f[2]), out var left) && idByKey.TryGetValue(CorpusDocuments.Key(f[3], f[4]), out var right))
            {
                pairs.Add(new TemplatePair(f[0] == "same", left, right, f[5]));
            }
            else
            {
                unmatched++;
            }
        }

        return (pairs, unmatched);
    }

    // Joined = in one story (the twin or its paper's copy of it), as for the reworded pairs.
    public static TemplateFigures Score(RelatedIndex index, List<TemplatePair> pairs, int unmatched)
    {
        var joined = pairs.ToDictionary(p => p, p => RewordedPairs.InStory(index, p.Left, p.Right));
        var same = pairs.Where(p => p.SameEvent).ToList();
        var other = pairs.Where(p => !p.SameEvent).ToList();
        return new TemplateFigures(same.Count, same.Count(p => joined[p]), other.Count, other.Count(p => joined[p]), unmatched,
            [.. pairs.Where(p => joined[p] != p.SameEvent)]);
    }
}
