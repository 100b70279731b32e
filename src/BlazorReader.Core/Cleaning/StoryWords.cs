namespace BlazorReader.Core.Cleaning;

// The words a story is about (stems of its title and paragraphs, through the search chain,
// and the pairs they form), to tell how much a line shares with it. Words every Saudi news
// story uses weigh little: sharing «المملكة» says nothing about being the same story; a
// shared pair («نادي الطائي», «قوات الطوارئ») says much more than a shared word. Lines come
// in as their stems (Of), so each line is analysed once however often it is compared.
internal sealed class StoryWords
{
    // A line the rest of the story shares this much with (ShareWithout) tells the story.
    public const double Telling = 0.3;

    private static readonly HashSet<int> Common = [.. WordKeys.Of(CommonWords)];
    private readonly Dictionary<int, int> storyStems = [];
    private readonly Dictionary<long, int> storyPairs = [];

    public static int[] Of(string text) => WordKeys.Of(text);

    public void Add(int[] stems) => Count(stems, 1);

    // The story a line below it is compared with: the title and the lines above `end`.
    // `stemsOf` lets a caller that compares many lines analyse each line once.
    public static StoryWords Above(CleaningContext context, int end, Func<SourceLine, int[]>? stemsOf = null)
    {
        var story = new StoryWords();
        story.Add(Of(context.GivenTitle ?? ""));
        foreach (var line in context.Lines.Take(end))
        {
            story.Add(stemsOf is null ? Of(line.Text) : stemsOf(line));
        }
        return story;
    }

    // Lines leave the story as the tail is read upwards, so a line is never compared with itself.
    public void Remove(int[] stems) => Count(stems, -1);

    // How much the rest of the story shares with a line it holds: the line is taken out for the
    // comparison and put back.
    public double ShareWithout(int[] stems)
    {
        Remove(stems);
        var share = Share(stems);
        Add(stems);
        return share;
    }

    // How much of the line the story also says, from 0: its share of the line's words plus
    // twice its share of the line's word pairs (up to 3 in all).
    public double Share(int[] stems)
    {
        double all = 0, shared = 0;
        // Sets kept for the thread and cleared: a share is asked for every line compared.
        var seen = seenStems ??= [];
        var pairs = seenPairs ??= [];
        seen.Clear();
        pairs.Clear();
        foreach (var stem in stems)
        {
            if (seen.Add(stem))
            {
                var weight = Common.Contains(stem) ? 0.25 : 1.0;
                all += weight;
                shared += storyStems.ContainsKey(stem) ? weight : 0;
            }
        }
        var sharedPairs = 0;
        for (var i = 1; i < stems.Length; i++)
        {
            var pair = Pair(stems[i - 1], stems[i]);
            if (pairs.Add(pair) && storyPairs.ContainsKey(pair))
            {
                sharedPairs++;
            }
        }
        return (all == 0 ? 0 : shared / all) + (pairs.Count == 0 ? 0 : 2.0 * sharedPairs / pairs.Count);
    }

    private void Count(int[] stems, int by)
    {
        for (var i = 0; i < stems.Length; i++)
        {
            Bump(storyStems, stems[i], by);
            if (i > 0)
            {
                Bump(storyPairs, Pair(stems[i - 1], stems[i]), by);
            }
        }
    }

    private static void Bump<TKey>(Dictionary<TKey, int> counts, TKey key, int by)
        where TKey : notnull
    {
        // One lookup: a story's every word and pair passes here.
        ref var n = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _);
        n += by;
        if (n <= 0)
        {
            counts.Remove(key);
        }
    }

    [ThreadStatic]
    private static HashSet<int>? seenStems;

    [ThreadStatic]
    private static HashSet<long>? seenPairs;

    private static long Pair(int a, int b) => ((long)a << 32) ^ (uint)b;

    private const string CommonWords = "المملكة السعودية العربية الرياض جدة مكة وزارة وزير الوزير الأمير الملك خادم الحرمين الشريفين العام اليوم أمس رئيس "
            + "مدير مجلس عدد أكثر الدولة الحكومة الوطني العمل المنطقة محافظة مدينة الأول الثاني جديد عبدالله محمد عبدالعزيز سلمان بن "
            + "الدكتور العالم الدول بلاده الشركة المشروع الخاص العامة الجهات المواطنين الأمن قوات الرئيس الوزراء العربي الإسلامي الدولي "
            + "المتحدة الشهر الأسبوع الماضي المقبل مليون مليار ريال دولار نسبة قال أضاف أكد أوضح أشار أعلن يوم عاما سنوات الجديد "
            + "الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت صباح مساء إطار بشكل كبير كبيرة عدة أجل الى على ضد حول";
}
