namespace BlazorReader.Bench.Cleaning.Eighteenth;

// The story's own lines that wear furniture's clothes: a number to call, a post quoted as
// prose, the source the story cites, readers urged to follow an account (reported, not
// asked), a statement's closing formula. A reader keeps every one of them.
internal sealed class StatementLookalikes(DressingPools pools)
{
    public static string Hotline(DressingRandom r) => r.Next(4) switch
    {
        0 => $"ودعت {r.Pick(StoryWords.Bodies)} المواطنين والمقيمين إلى الإبلاغ عن أي ملاحظات عبر الرقم المجاني {StoryWords.Phone(r)}.",
        1 => $"وللاستفسار يمكن الاتصال بمركز خدمة العملاء على الرقم {StoryWords.Phone(r)} من الساعة {Ink.Num(r, r.Between(7, 9))} صباحًا حتى {Ink.Num(r, r.Between(4, 10))} مساءً.",
        2 => $"وخصصت {r.Pick(StoryWords.Bodies)} رقمًا موحدًا لاستقبال البلاغات ({StoryWords.Phone(r)}) يعمل على مدار الساعة.",
        _ => $"اتصلوا على {StoryWords.Phone(r)} إذا لاحظتم أي تجاوز، هكذا ختمت {r.Pick(StoryWords.Bodies)} رسالتها إلى السكان.",
    };

    public string QuotedPost(DressingRandom r, PageDraft page) => r.Next(3) switch
    {
        0 => $"وكتب {StoryWords.Speaker(r)} عبر حسابه في {r.Pick(StoryWords.Networks)}: «{Said(r, page)}»",
        1 => $"وغرّد {StoryWords.Speaker(r)} قائلًا: «{Said(r, page)}»، وهي التغريدة التي أعاد نشرها الآلاف.",
        _ => $"ونشرت {r.Pick(StoryWords.Bodies)} على {r.Pick(StoryWords.Networks)} مقطعًا مصورًا علّقت عليه بقولها: «{Said(r, page)}»",
    };

    public static string Source(DressingRandom r) => r.Next(3) switch
    {
        0 => $"وبحسب ما نقلته {r.Pick(StoryWords.Outlets)}، فإن {r.Pick(StoryWords.Bodies)} تعمل على {StoryWords.Goal(r)}.",
        1 => $"ونقلت {r.Pick(StoryWords.Outlets)} عن مصدر مسؤول قوله إن الخطة تشمل {StoryWords.Goal(r)}.",
        _ => $"وذكرت صحيفة «{r.Pick(DressingPools.Papers)}» في عددها الصادر {r.Pick("اليوم", "أمس", "صباح الأحد", "مطلع الأسبوع")} أن الجهات المعنية بدأت {StoryWords.Goal(r)}.",
    };

    public static string FollowUs(DressingRandom r) => r.Next(3) switch
    {
        0 => $"وطالب ناشطون على مواقع التواصل متابعيهم بعبارة «تابعوا الوسم وشاركوا برأيكم»، في حملة تهدف إلى {StoryWords.Goal(r)}.",
        1 => $"وانتشر وسم #{r.Pick(DressingPools.Cities).Replace(' ', '_')}_{r.Pick("يستحق", "ينتظر", "يطالب")} على نطاق واسع، وتصدّر قائمة الأكثر تداولًا خلال ساعات.",
        _ => $"وختم صاحب الحساب مقطعه بعبارة «لا تنسوا الاشتراك وتفعيل التنبيهات»، وهي العبارة التي تحولت إلى مادة للسخرية بين المغردين.",
    };

    // Where to apply or register, which reads like an app store plug but is the story's news.
    public static string AppNotice(DressingRandom r) => r.Next(3) switch
    {
        0 => $"وأتاحت {r.Pick(StoryWords.Bodies)} التسجيل عبر تطبيقها على الهواتف الذكية المتوفر في متجري {r.Pick("آبل وجوجل", "آب ستور وجوجل بلاي")}، على أن يُغلق باب التسجيل {r.Pick("نهاية الشهر", "الخميس المقبل", "بعد أسبوعين")}.",
        1 => $"ويمكن للمستفيدين متابعة طلباتهم إلكترونيًا من خلال بوابة الخدمات بعد تسجيل الدخول برقم الهوية، دون الحاجة إلى مراجعة {r.Pick("الفرع", "المكتب", "الإدارة")}.",
        _ => $"ونبّهت {r.Pick(StoryWords.Bodies)} إلى أن التحديث الجديد للتطبيق يتيح {r.Pick("حجز المواعيد", "تقديم البلاغات", "الاستعلام عن المخالفات")} دون زيارة مقارها.",
    };

    public static IEnumerable<string> Closing(DressingRandom r)
    {
        if (r.Chance(0.6))
        {
            yield return $"وأكد البيان في ختامه حرص {r.Pick(StoryWords.Bodies)} على {StoryWords.Goal(r)}.";
        }
        yield return r.Pick("والله ولي التوفيق.", "والله الموفق.", "والله من وراء القصد.", "حفظ الله بلادنا من كل سوء.", "والسلام عليكم ورحمة الله وبركاته.");
    }

    private string Said(DressingRandom r, PageDraft page)
    {
        var s = r.Pick(pools.Sentences);
        for (var tries = 0; tries < 5 && page.NormalText.Contains(s, StringComparison.Ordinal); tries++)
        {
            s = r.Pick(pools.Sentences);
        }
        return (s.Length > 160 ? s[..s.LastIndexOf(' ', 160)] : s).TrimEnd('.', '،', ' ');
    }
}
