using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Related;

// A visit is announced twice in nearly the same words, names and titles: on arrival and on
// departure. Papers' headlines say which leg they report; two legs are two events.
public enum VisitLeg : byte
{
    None,
    Arrival,
    Departure,
}

public static class VisitLegs
{
    private static readonly HashSet<string> Arrivals = Normalised("يصل", "تصل", "يصلون", "وصل", "وصلت", "وصول");
    private static readonly HashSet<string> Departures = Normalised("يغادر", "تغادر", "يغادرون", "غادر", "غادرت", "مغادرة", "يختتم", "تختتم", "اختتم", "اختتمت");

    public static VisitLeg Of(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return Of(ArabicTextAnalyzer.Analyze(title, keepStopwords: true));
    }

    // From a headline already analysed; whether its stopwords were kept changes nothing, as
    // none of them is, or with a joined "و"/"ف" becomes, one of the verbs above.
    public static VisitLeg Of(IEnumerable<AnalyzedToken> title)
    {
        var words = title.Select(t => t.Surface).ToList();
        var arrives = words.Any(w => Is(Arrivals, w));
        var leaves = words.Any(w => Is(Departures, w));
        // A headline with both ("زار ... وغادر", "يصل ... بعد أن غادر") names no single leg.
        return arrives == leaves ? VisitLeg.None : arrives ? VisitLeg.Arrival : VisitLeg.Departure;
    }

    public static bool Differ(VisitLeg left, VisitLeg right) =>
        left != VisitLeg.None && right != VisitLeg.None && left != right;

    // With or without a joined "و"/"ف" ("وغادر جدة").
    private static bool Is(HashSet<string> words, string word) =>
        words.Contains(word) || (word.Length > 3 && word[0] is 'و' or 'ف' && words.Contains(word[1..]));

    private static HashSet<string> Normalised(params string[] words) =>
        new(words.Select(ArabicNormalizer.Normalize), StringComparer.Ordinal);
}
