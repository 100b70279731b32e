namespace BlazorReader.Bench.Cleaning.Fourteenth;

// The news pages of institutions, copied from their own sites: a sports club's media
// centre with its sponsors' bar and campaign tags, a ministry's news number, Hijri stamp
// and «was this useful?» widget, a charity's donation box and its plea to share, a
// university press office's byline and quick links. Each publishes stories of its field.
internal static class InstitutionPage
{
    // An institution publishes news of its own field: sport, officialdom, good works, campus.
    public static bool Fits(PageDraft page) =>
        (StoryTopicReader.Read(page.OwnText) & (StoryTopics.Sport | StoryTopics.Official | StoryTopics.Cases | StoryTopics.Celebration)) != 0
        || page.OwnText.Contains("جامع", StringComparison.Ordinal);

    public static void Dress(PageDraft page)
    {
        var r = page.R;
        var topics = StoryTopicReader.Read(page.OwnText);
        var kind = topics.HasFlag(StoryTopics.Sport) ? 0
            : page.OwnText.Contains("جامع", StringComparison.Ordinal) && r.Chance(0.7) ? 3
            : (topics & (StoryTopics.Cases | StoryTopics.Celebration)) != 0 && r.Chance(0.5) ? 2
            : 1;
        switch (kind)
        {
            case 0:
                var club = Outlets.Club(r);
                page.Head(PageRun.Credited(club, r.Pick("المركز الإعلامي لـ", "المركز الإعلامي - ", "إعلام ") + club));
                page.Foot(PageRun.Chrome(NoiseKind.Footer, r.Pick("الراعي الرسمي: ", "شركاؤنا: ", "الرعاة: ") + string.Join(r.Pick(" | ", " • ", "، "), Sponsors(r))));
                page.Foot(PageRun.Chrome(NoiseKind.Tags, "#" + club.Replace(' ', '_') + " " + r.Pick("#معًا_للمجد", "#قلب_واحد", "#الموسم_الجديد", "#جمهورنا_سر_قوتنا")));
                break;
            case 1:
                var script = r.Chance(0.5) ? 1 : 0;
                page.Head(PageRun.Chrome(NoiseKind.Counter, r.Pick("رقم الخبر: ", "رقم الخبر ", "الخبر رقم: ") + Ink.Digits(r.Between(1000, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture), script)));
                page.Head(PageRun.Chrome(NoiseKind.Dateline, r.Pick("تاريخ النشر: ", "التاريخ: ", "نُشر في ") + PageCalendar.HijriDate(page.Day, r, script) + r.Pick("", " الموافق " + PageCalendar.Numeric(page.Day, r, script) + "م")));
                page.Foot(PageRun.Chrome(NoiseKind.Counter, Usefulness(r, script)));
                if (r.Chance(0.5))
                {
                    page.Foot(PageRun.Chrome(NoiseKind.Dateline, r.Pick("آخر تحديث للصفحة: ", "تاريخ آخر تعديل: ") + PageCalendar.Numeric(page.Day.AddDays(r.Between(0, 30)), r, script)));
                }
                break;
            case 2:
                var charity = Outlets.Charity(r);
                page.Head(PageRun.Credited(charity, r.Pick("أخبار ", "المكتب الإعلامي - ", "إعلام ") + charity));
                page.Foot(PageRun.Chrome(NoiseKind.Footer, Donation(r)));
                page.Foot(PageRun.Chrome(NoiseKind.Share, r.Pick("ساهم بنشر الخبر فالدال على الخير كفاعله", "انشر تؤجر", "شارك الخبر لتعم الفائدة", "لا تنسَ المشاركة، فالدال على الخير كفاعله 🤲")));
                break;
            default:
                var university = Outlets.University(r);
                page.Head(PageRun.Chrome(NoiseKind.Byline, r.Pick("عمادة الاتصال المؤسسي - ", "المركز الإعلامي بـ", "إدارة العلاقات العامة والإعلام - ") + university));
                page.Foot(PageRun.Chrome(NoiseKind.Footer, r.Pick("روابط سريعة", "روابط مهمة:"), string.Join(r.Pick(" | ", " - ", "  "), Several.Of(r, 0.7, "البوابة الإلكترونية", "البريد الجامعي", "التقويم الأكاديمي", "القبول والتسجيل", "Blackboard"))));
                if (r.Chance(0.5))
                {
                    page.Foot(PageRun.Chrome(NoiseKind.Tags, r.Pick("الكلمات الدلالية: ", "الوسوم: ") + string.Join("، ", Several.Of(r, 0.5, "أخبار الجامعة", "الطلاب", "أعضاء هيئة التدريس", "المجتمع"))));
                }
                break;
        }
    }

    private static List<string> Sponsors(DressingRandom r) =>
        Several.Of(r, 0.6, "شركة الأفق للاتصالات", "بنك الريادة", "مياه الواحة", "طيران المسار", "Al-Noor Motors");

    private static List<string> Usefulness(DressingRandom r, int script)
    {
        var yes = r.Between(3, 300);
        var lines = new List<string> { r.Pick("هل كان هذا المحتوى مفيدًا؟", "هل وجدت ما تبحث عنه؟", "قيّم هذه الصفحة") + r.Pick("", " نعم | لا", "  نعم  لا") };
        if (r.Chance(0.6))
        {
            lines.Add(Ink.Digits(yes + " من " + (yes + r.Between(0, 90)), script) + r.Pick(" وجدوا هذا المحتوى مفيدًا", " زائرًا قالوا نعم"));
        }
        return lines;
    }

    private static List<string> Donation(DressingRandom r)
    {
        var iban = "SA" + r.Between(10, 99) + " " + string.Join(" ", Enumerable.Range(0, 5).Select(_ => r.Between(1000, 9999)));
        var lines = new List<string> { r.Pick("تبرع الآن", "ساهم معنا", "💚 تبرع الآن ←", "قنوات التبرع:") };
        lines.Add(r.Pick("الآيبان: ", "رقم الحساب (IBAN): ", "حساب التبرعات ") + Ink.Isolate(iban, r));
        if (r.Chance(0.5))
        {
            lines.Add(r.Pick("مصرف الراجحي", "البنك الأهلي", "بنك البلاد", "مصرف الإنماء") + r.Pick("", " - حساب الزكاة", " - الحساب العام"));
        }
        return lines;
    }
}
