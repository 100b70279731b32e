using BlazorReader.Core.Related;

namespace BlazorReader.Bench.Related;

// Pairs printed for a person to judge: titles, papers, dates and the opening words.
internal static class EvaluationSamples
{
    private const int Opening = 160;

    public static void WritePairs(TextWriter writer, string heading, IEnumerable<(int Left, int Right, double Containment, int Rank)> pairs, IReadOnlyDictionary<int, RelatedDocument> byId)
    {
        writer.WriteLine();
        writer.WriteLine($"== {heading}");
        foreach (var (left, right, containment, rank) in pairs)
        {
            writer.WriteLine($"-- {left} → {right}: containment {containment:F2}, rank {(rank < 0 ? "absent" : (rank + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))}");
            Write(writer, byId[left]);
            Write(writer, byId[right]);
        }
    }

    private static void Write(TextWriter writer, RelatedDocument document)
    {
        var body = document.Body.ReplaceLineEndings(" ");
        writer.WriteLine($"   [{document.Source} {document.PublishedAt:yyyy-MM-dd}] {document.Title}");
        writer.WriteLine($"      {body[..Math.Min(body.Length, Opening)]}");
    }
}
