namespace BlazorReader.Core.Cleaning;

// Learns each source's recurring lines from its articles. Only the first and last lines count
// (chrome frames a body), only short lines (long ones are news that is repeated, such as the
// daily weather report), and a shape must recur in at least 3% of that source's articles.
public sealed class BoilerplateLearner
{
    public const int EdgeLines = 3;
    public const int MaxLineLength = 160;
    public const double MinShare = 0.03;
    public const int MinCount = 5;

    private readonly Dictionary<string, (int Articles, Dictionary<string, int> Shapes)> seen = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string? source, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(source))
        {
            return;
        }
        if (!seen.TryGetValue(source, out var entry))
        {
            entry = (0, new Dictionary<string, int>(StringComparer.Ordinal));
        }
        var lines = text.Split('\n').Select(LineSplitter.Normalize).Where(l => l.Length > 0).ToList();
        var edges = lines.Take(EdgeLines).Concat(lines.Skip(Math.Max(EdgeLines, lines.Count - EdgeLines)));
        foreach (var shape in edges.Where(l => l.Length <= MaxLineLength).Select(LineShape.Of).Distinct())
        {
            entry.Shapes[shape] = entry.Shapes.GetValueOrDefault(shape) + 1;
        }
        seen[source] = (entry.Articles + 1, entry.Shapes);
    }

    public LearnedBoilerplate Build() => new(seen.ToDictionary(
        s => s.Key,
        s => (IReadOnlyList<BoilerplateLine>)[.. s.Value.Shapes
            .Where(kv => kv.Value >= MinCount && kv.Value >= s.Value.Articles * MinShare)
            .OrderByDescending(kv => kv.Value).Select(kv => new BoilerplateLine(kv.Key, kv.Value))],
        StringComparer.OrdinalIgnoreCase));
}
