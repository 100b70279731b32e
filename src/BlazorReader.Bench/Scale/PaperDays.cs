namespace BlazorReader.Bench.Scale;

// A paper's articles by day, for taking paragraphs and headline parts from the same paper's
// nearby days: its vocabulary, its templates and the stories it was telling that week.
public sealed class PaperDays
{
    // Nearest days first; a paper with nothing else that week borrows from further away.
    private static readonly int[] Reaches = [1, 3, 7, int.MaxValue];

    private readonly Dictionary<string, SortedList<DateOnly, List<CorpusRecord>>> byPaper = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, DateOnly, int), List<CorpusRecord>> windows = [];

    public PaperDays(IEnumerable<CorpusRecord> articles)
    {
        foreach (var article in articles.Where(a => a.Content.Trim().Length > 0))
        {
            if (!byPaper.TryGetValue(article.Source, out var days))
            {
                days = [];
                byPaper[article.Source] = days;
            }

            var day = DayOf(article);
            if (!days.TryGetValue(day, out var list))
            {
                list = [];
                days[day] = list;
            }

            list.Add(article);
        }
    }

    // One of the paper's other articles from the nearest reach that has any (never the lead
    // nor a copy of its text); null when the paper printed nothing else.
    public CorpusRecord? PickDonor(CorpusRecord lead, Random random)
    {
        if (!byPaper.TryGetValue(lead.Source, out var days))
        {
            return null;
        }

        var day = DayOf(lead);
        foreach (var reach in Reaches)
        {
            var key = (lead.Source, day, reach);
            if (!windows.TryGetValue(key, out var window))
            {
                window = Within(days, day, reach);
                windows[key] = window;
            }

            if (window.Count == 0)
            {
                continue;
            }

            // Drawing a few times is enough on a real week; a short list is searched whole.
            for (var draw = 0; draw < 16; draw++)
            {
                var donor = window[random.Next(window.Count)];
                if (IsOther(donor, lead))
                {
                    return donor;
                }
            }

            var others = window.Where(d => IsOther(d, lead)).ToList();
            if (others.Count > 0)
            {
                return others[random.Next(others.Count)];
            }
        }

        return null;
    }

    private static bool IsOther(CorpusRecord donor, CorpusRecord lead) => !string.Equals(donor.Content, lead.Content, StringComparison.Ordinal);

    private static List<CorpusRecord> Within(SortedList<DateOnly, List<CorpusRecord>> days, DateOnly day, int reach) =>
        [.. days.Where(d => reach == int.MaxValue || Math.Abs(d.Key.DayNumber - day.DayNumber) <= reach).SelectMany(d => d.Value)];

    public static DateOnly DayOf(CorpusRecord article) =>
        article.Extracted is { } at ? DateOnly.FromDateTime(at) : DateOnly.MinValue;
}
