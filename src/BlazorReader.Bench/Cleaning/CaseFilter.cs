namespace BlazorReader.Bench.Cleaning;

// Which scored articles `bench clean --only WHAT` prints among the worst cases.
public static class CaseFilter
{
    public static string Usage => $"--only takes lost, order, tweets, clean, removed:REASON or a noise kind ({string.Join(", ", Enum.GetNames<NoiseKind>())}).";

    public static bool IsKnown(string? what) => what is null or "" or "lost" or "order" or "tweets" or "clean"
        || what.StartsWith("removed:", StringComparison.Ordinal) || Enum.TryParse<NoiseKind>(what, ignoreCase: true, out _);

    public static Func<ArticleScore, bool>? Parse(string? what) => what switch
    {
        null or "" => null,
        "lost" => s => s.Lost.Count > 0,
        "order" => s => s.OutOfOrder,
        "tweets" => s => s.Tweets.Any(t => !t.AllRight),
        "clean" => s => s.Dressed.Undressed && s.Cleaned.Removed.Count > 0,
        _ when what.StartsWith("removed:", StringComparison.Ordinal) => s => s.Removals.Any(r => r.IsBody && r.Reason == what["removed:".Length..]),
        _ when Enum.TryParse<NoiseKind>(what, ignoreCase: true, out var kind) => s => s.Left.Any(l => l.Kind == kind.ToString()),
        _ => throw new ArgumentException(Usage),
    };
}
