namespace BlazorReader.Bench.Cleaning.Fourteenth;

// What a story is about, read roughly off its words, so that the lines it is given fit it:
// a price table in a market story, verses at a celebration, a hotline in an official notice,
// a congratulating post under a success, never under a story of deaths. A line that fits is one a reader keeps.
[Flags]
internal enum StoryTopics
{
    None = 0,
    Sport = 1,
    Official = 2,
    Market = 4,
    Celebration = 8,
    Cases = 16,
    Statement = 32,
    Grief = 64,
    Success = 128,
    News = 256,
}

internal static class StoryTopicReader
{
    private static readonly (StoryTopics Topic, string[] Words)[] Signs =
    [
        (StoryTopics.Sport, ["نادي", "الفريق", "اللاعب", "مباراة", "الدوري", "المدرب"]),
        (StoryTopics.Official, ["وزارة", "الوزارة", "الوزير", "هيئة", "الهيئة", "قرار", "القرار", "اللجنة", "الأمانة", "البلدية", "المديرية"]),
        (StoryTopics.Market, ["الخضار", "الخضراوات", "الخضروات", "الفواكه", "الطماطم", "المحاصيل", "التمور", "المزارعين", "الأعلاف", "المواشي"]),
        (StoryTopics.Celebration, ["حفل", "احتفال", "مهرجان", "فعاليات", "الشاعر", "قصيدة", "تكريم"]),
        (StoryTopics.Cases, ["حالات", "مستفيد", "المستفيدين", "إصابات", "الإصابات", "المصابين"]),
        (StoryTopics.Statement, ["بيان", "البيان"]),
        (StoryTopics.News, ["أعلن", "أعلنت", "أكد", "أكدت", "كشف", "كشفت", "أوضح", "أوضحت", "صرح", "أفاد", "أفادت", "أطلقت", "دشن", "نفذت", "تسلم"]),
        (StoryTopics.Success, ["إنجاز", "الإنجاز", "نجاح", "فوز", "افتتاح", "تكريم", "تخريج", "تدشين", "تتويج"]),
        (StoryTopics.Grief, ["مقتل", "وفاة", "حادث", "انفجار", "تفجير", "قتلى", "مصرع", "ضحايا", "اعتقال", "الإرهاب"]),
    ];

    public static StoryTopics Read(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('«', '»', '"', '،', '.', ':', '(', ')')).ToHashSet(StringComparer.Ordinal);
        var topics = StoryTopics.None;
        foreach (var (topic, signs) in Signs)
        {
            if (signs.Any(s => words.Contains(s) || words.Contains("و" + s) || words.Contains("ب" + s) || words.Contains("ل" + s)))
            {
                topics |= topic;
            }
        }
        return topics;
    }
}
