namespace BlazorReader.Bench.Cleaning.Sealed;

// What a tweet says: an Arabic sentence from another article, an English one made from parts,
// or both; on one line or spread over two or three as the embed wrapped them.
internal static class SealedTweetText
{
    private static readonly string[] When = ["Today in {0}", "This morning in {0}", "Earlier today", "Tonight", "Back in {0}", "Just arrived in {0}"];

    private static readonly string[] Did =
    [
        "we met with", "I sat down with", "our team visited", "we signed a deal with", "we welcomed", "I was glad to join",
        "we listened to", "our volunteers worked with",
    ];

    private static readonly string[] Whom =
    [
        "the health minister", "young engineers", "the national under-20 squad", "farmers and traders", "local reporters",
        "Red Crescent volunteers", "fishermen of the coast", "the new port authority", "students of the university",
    ];

    private static readonly string[] Why = [" about water and power.", " ahead of the new season.", " on bread prices.", " to plan the next steps.", ". Great talks!", ". Thank you all.", ". More soon."];

    private static readonly string[] Places = ["Khartoum", "Aden", "Muscat", "Amman", "Ramallah", "Benghazi", "Nouakchott", "Kuwait City", "Salalah", "Irbid"];

    private static readonly string[] Tags = ["#Sudan", "#Yemen", "#Oman", "#Kuwait", "#Jordan", "#Palestine", "#Libya", "#Mauritania", "#GCC", "#football"];

    public static string English(DressingRandom r)
    {
        var line = string.Format(System.Globalization.CultureInfo.InvariantCulture, r.Pick(When), r.Pick(Places)) + " " + r.Pick(Did) + " " + r.Pick(Whom) + r.Pick(Why);
        return r.Chance(0.4) ? line + " " + r.Pick(Tags) : line;
    }

    // The lines of the text and its direction. Mixed tweets lead with the longer Arabic part.
    public static (List<string> Lines, bool Ltr) Make(DressingRandom r, DressingPools pools, IReadOnlyList<string> body)
    {
        var roll = r.Next(10);
        if (roll < 3)
        {
            return (Wrap(r, English(r)), true);
        }
        // Another article's sentence: a tweet quoting the story itself would read as its paragraph.
        var arabic = r.Pick(pools.Sentences);
        for (var tries = 0; tries < 20 && body.Any(l => l.Contains(arabic, StringComparison.Ordinal)); tries++)
        {
            arabic = r.Pick(pools.Sentences);
        }
        if (roll < 5)
        {
            var english = English(r);
            // Both languages in one paragraph: a line of its own would read as the story's.
            return (Wrap(r, r.Chance(0.5) && arabic.Length > english.Length ? arabic + " " + english : arabic + " " + r.Pick(Tags)), false);
        }
        return (Wrap(r, arabic), false);
    }

    private static List<string> Wrap(DressingRandom r, string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 8 || r.Chance(0.65))
        {
            return [text];
        }
        var cut = r.Between(3, words.Length - 3);
        return [string.Join(' ', words[..cut]), string.Join(' ', words[cut..])];
    }
}
