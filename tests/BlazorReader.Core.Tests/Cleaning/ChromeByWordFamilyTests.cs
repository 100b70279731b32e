using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Chrome told by the families its words come from, in any wording a page composes of them: a
// count with who read it and when, the date a copy was read or saved, the rights in any order,
// where the piece was first printed, a share or save action with its object, a desk signing,
// «details at the link». Each case is composed by seed from the families; the story's own
// lines in the same words stay. Story lines are real corpus text (SaudiNewsNet, Mazen
// Abdulaziz, CC BY-NC-SA 4.0); the chrome is made up by shape.
public class ChromeByWordFamilyTests
{
    private static readonly string[] Story = StoryLines.Three;

    private static CleanedArticle Clean(params string[] lines) =>
        new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    private static T Pick<T>(Random random, params T[] items) => items[random.Next(items.Length)];

    private static string Number(Random random)
    {
        var n = random.Next(12, 98_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return random.Next(2) == 0 ? n : string.Concat(n.Select(c => (char)('٠' + (c - '0'))));
    }

    private static string Date(Random random)
    {
        var day = random.Next(1, 29);
        var year = random.Next(2015, 2020);
        return Pick(random, $"{day} آذار {year}", $"أغسطس {day}، {year}", $"{day}/0{random.Next(1, 9)}/{year}", $"{day} سبتمبر {year}");
    }

    private static string Page(Random random) => Pick(random, "صحيفة المدينة", "بوابة الثقافة", "SkyNews Cabin", "منتدى الأعمال", "الموقع");

    // One line of each family, composed by seed.
    private static IEnumerable<(string Line, string Reason)> Composed(int seed)
    {
        var r = new Random(seed);
        yield return ($"{Pick(r, "قرأه", "شاهده", "زاره", "قرأها")} {Number(r)} {Pick(r, "زائر", "قارئ", "مرة", "مستخدم", "شخص")} {Pick(r, "حتى الآن", "الآن", "اليوم")}", "counter");
        yield return ($"{Number(r)} {Pick(r, "مزايد", "مشترك", "مستخدم", "مشارك")} {Pick(r, "الآن", "حاليا", "حتى الآن")}", "counter");
        yield return ($"{Pick(r, "تاريخ الاطلاع", "تاريخ الاسترجاع", "تاريخ الحفظ", "تم الاسترجاع في", "Accessed", "Retrieved on")}{Pick(r, ": ", " : ", " - ")}{Date(r)}", "timestamp");
        var owned = Pick(r, $"جميع المواد المنشورة ملك {Page(r)}", $"المحتوى المنشور ملك {Page(r)}", $"كافة محتويات {Page(r)} محفوظة");
        var forbidden = Pick(r, "ولا يجوز إعادة نشرها دون إذن", "ويمنع نسخها إلا بإذن خطي", "ويحظر نقلها بدون إذن");
        yield return (r.Next(2) == 0 ? $"{owned} {forbidden}" : $"{Pick(r, "لا يجوز إعادة نشر", "يمنع نسخ", "يحظر نقل")} {Pick(r, "المواد المنشورة", "محتوى الموقع")} دون إذن من {Page(r)}", "copyright");
        yield return ($"{Pick(r, "المادة", "الخبر", "التقرير")} {Pick(r, "منشورة", "نشر", "نُشر")} {Pick(r, "أصلاً ", "أولاً ", "")}{Pick(r, "لدى", "في", "على")} {Pick(r, "يو بي آي", "رويترز", "صحيفة الحياة", "موقع الجزيرة نت")}", "attribution");
        yield return ($"{Pick(r, "(", "")}{Pick(r, "بالتعاون", "بالاتفاق", "بالشراكة")} مع {Pick(r, "صحيفة اليوم", "وكالة الأنباء الألمانية", "بي بي سي عربي")}{Pick(r, ")", "")}", "attribution");
        yield return ($"{Pick(r, "انشر", "شارك", "انسخ", "أرسل")} {Pick(r, "الخبر", "رابط المقال", "المقال", "رابط الدعوة")} {Pick(r, "على حساباتك", "مع أصدقائك", "عبر واتساب", "")}".Trim(), "share");
        // «قسم الأخبار المحلية» names a section as much as a desk: it goes either way.
        yield return ($"{Pick(r, "— ", "- ", "")}{Pick(r, "فريق التحرير", "هيئة التحرير", "قسم الأخبار المحلية", "أسرة تحرير البوابة", "Editorial team")}", "signature|tags");
        yield return ($"{Pick(r, "(", "… ", "")}{Pick(r, "التفاصيل في الرابط المرفق", "التفاصيل على الرابط", "المزيد عبر الموقع الرسمي", "اضغط لعرض المزيد", "انقر لقراءة الخبر كاملا")}{Pick(r, ")", "", " ›")}", "more-link");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_line_composed_of_a_chrome_family_goes_below_the_story_for_what_it_is(int seed)
    {
        foreach (var (line, reason) in Composed(seed))
        {
            var cleaned = Clean(Story[0], Story[1], Story[2], line);

            Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
            Assert.Contains(cleaned.Removed, x => x.Text == line && reason.Split('|').Contains(x.Reason));
        }
    }

    [Fact]
    public void A_notice_that_ends_the_page_no_longer_hides_the_stories_listed_above_it()
    {
        string[] listed =
        [
            "لهذا السبب.. عاملة نظافة برازيلية تشعل مواقع التواصل الاجتماعي — منذ ١٥ ساعة",
            "بالفيديو.. \"سبق\" تفند ادعاءات الحوثيين الكاذبة بإسقاط \"أباتشي سعودية\" — منذ ٤ ساعات",
            "جائزة الأمير نايف.. المكانة والوفاء — منذ ٧ دقيقة",
        ];
        var cleaned = Clean([.. Story, .. listed, "جميع المواد المنشورة ملك صحيفة المدينة ولا يجوز إعادة نشرها دون إذن"]);

        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
        Assert.Equal(3, cleaned.Teasers.Count);
    }

    [Theory]
    [InlineData("ولا يجوز نشر صور الضحايا أو نسخها دون إذن من النيابة العامة.")]
    [InlineData("يمنع نشر أسماء المتهمين في القضايا المنظورة أمام المحاكم وفق النظام.")]
    [InlineData("وأكد أن محتوى الموقع ملك للدولة ولا يجوز نقله.")]
    [InlineData("وقال إن 300 شخص حضروا الحفل الآن في القاعة الكبرى.")]
    [InlineData("الخبر نُشر في وقت سابق من هذا الأسبوع دون أن يلقى اهتماما")]
    [InlineData("شارك في الحفل عدد من المسؤولين")]
    [InlineData("وتم الاطلاع على سير العمل في المشروع يوم 5 أغسطس 2015.")]
    [InlineData("تاريخ الاطلاع على المشروع: من الأحد إلى الخميس")]
    [InlineData("بالتعاون مع وزارة الصحة وهيئة الهلال الأحمر السعودي والدفاع المدني في جميع مناطق المملكة")]
    [InlineData("الاستفسارات: 800 124 4444")]
    [InlineData("300 شخص")]
    [InlineData("فريق العمل")]
    public void The_story_s_own_line_in_the_same_words_stays(string line)
    {
        var cleaned = Clean(Story[0], Story[1], Story[2], line);

        Assert.Equal([.. Story, line], cleaned.Blocks.Select(b => b.Text));
    }
}
