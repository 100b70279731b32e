using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Related;

// What a reader compares when two papers tell one event in their own words: the headline's
// stems, the opening's stems (headline included), the figures the headline gives, and the
// headline's stems in their order (to tell a template's filler). Stems hashed; sets sorted.
public sealed record StoryHeadline(ulong[] Title, ulong[] Lead, long[] Numbers, ulong[] Sequence)
{
    public static StoryHeadline Empty { get; } = new([], [], [], []);

    public bool IsEmpty => Title.Length == 0;

    public static StoryHeadline Of(IReadOnlyList<AnalyzedToken> title, ulong[] titleWords, ulong[] leadWords) =>
        title.Count == 0 ? Empty : new StoryHeadline(titleWords, leadWords, NumbersIn(title), [.. title.Select(t => StableHash.Fnv1a(t.Stem))]);

    // Digits are folded to ASCII by the normaliser, so «١٥» and «15» are one figure.
    private static long[] NumbersIn(IReadOnlyList<AnalyzedToken> title)
    {
        var numbers = title.Where(t => t.Surface.Length is > 0 and <= 12 && t.Surface.All(char.IsAsciiDigit))
            .Select(t => long.Parse(t.Surface, System.Globalization.CultureInfo.InvariantCulture))
            .Distinct().ToArray();
        Array.Sort(numbers);
        return numbers;
    }
}
