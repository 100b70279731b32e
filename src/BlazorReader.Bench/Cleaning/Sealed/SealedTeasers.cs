namespace BlazorReader.Bench.Cleaning.Sealed;

// A block of other stories under the article: their titles or lead sentences, with or without
// a heading, bullets, times or view counts. The stories are what the reader may want listed.
internal static class SealedTeasers
{
    private static readonly string[] Headings =
    [
        "من نفس التصنيف", "عناوين أخرى", "في هذا القسم", "المزيد من المحلي", "الأكثر تداولاً", "تقرأ في العدد", "أخبار ذات علاقة",
        "أبرز العناوين", "من الأرشيف", "الأكثر مشاهدة اليوم", "جديد الأسواق", "أخبار الملاعب", "ننصحك بقراءة", "قصص أخرى",
    ];

    public static NoisePiece Block(DressingRandom r, DressingPools pools, string? ownTitle, IReadOnlyList<string> body, int count)
    {
        var stories = new List<string>();
        var useLeads = r.Chance(0.35);
        while (stories.Count < count)
        {
            var story = useLeads ? r.Pick(pools.Leads) : (r.Chance(0.3) ? pools.RelatedTitle(r, ownTitle) : null) ?? r.Pick(pools.Titles);
            if (!stories.Contains(story) && SealedWords.IsOther(story, ownTitle, body))
            {
                stories.Add(story);
            }
        }
        var lines = new List<string>();
        if (r.Chance(0.55))
        {
            lines.Add(SealedWords.Icon(r, "🔸", "■", "📰", "⚽", "📈") + r.Pick(Headings) + r.Pick("", ":", " :", " »"));
        }
        var bullet = r.Pick("", "", "- ", "• ", "◀ ", "🔹 ", "▫️ ", "* ", "١- ");
        var tail = r.Next(4);
        foreach (var story in stories)
        {
            var line = (bullet == "١- " ? DressingRandom.ToArabicIndic((stories.IndexOf(story) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) + "- " : bullet) + story;
            line = tail switch
            {
                0 => line + r.Pick(" (" + SealedDates.Ago(r) + ")", " - " + SealedDates.Ago(r), " | " + SealedDates.Ago(r)),
                1 => line + r.Pick("  ", " | ", " ") + SealedDates.Any(r),
                _ => line,
            };
            lines.Add(r.Scuff(line, 0.2));
        }
        return new NoisePiece(NoiseKind.Teaser, lines) { Teasers = stories };
    }
}
