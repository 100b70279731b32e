namespace BlazorReader.Bench.Cleaning.Twentieth;

// A newsroom's internal copy that reached the page: the desk's slug and priority, the
// embargo or release note, a word count, the budget line, notes to editors, the wire's own
// dateline glued to the lead, and the end mark with the desk's initials. Instructions to the
// desk are Footer, slugs and desk labels Tags, the end mark and initials a Signature.
internal static class NewsroomCopy
{
    private static readonly string[] Desks = ["محليات", "اقتصاد", "رياضة", "سياسة", "منوعات", "خارجي", "ثقافة"];
    private static readonly string[] Priorities = ["عاجل", "عادي", "هام", "مستعجل", "روتيني"];
    private static readonly string[] Initials = ["ع.س", "م.ع", "ر.ص", "ف ح", "ن ق", "س.ع.د", "خ م", "ه.ش"];

    public static void Dress(PageDraft page, DressingRandom r)
    {
        var head = new List<Entry>();
        if (r.Chance(0.7))
        {
            var slugWords = (page.Article.Title ?? "خبر عام").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3).Take(2);
            head.Add(Entry.Noise(NoiseKind.Tags, r.Pick(0, 1, 2) switch
            {
                0 => $"{r.Pick(Priorities)} / {r.Pick(Desks)} / {string.Join("-", slugWords)}",
                1 => $"سلاج{r.Separator(":", "-")}{string.Join(r.Pick("-", "_", " "), slugWords)}",
                _ => $"[{r.Pick(Desks)}] [{r.Pick(Priorities)}] {r.Letters(3, "ABCDEFGHKLMNPRSTWX")}{Typography.Digits(r, r.Letters(3, "0123456789"))}",
            }));
        }
        if (r.Chance(0.6))
        {
            head.Add(Entry.Noise(NoiseKind.Footer, r.Pick(0, 1, 2, 3) switch
            {
                0 => $"يحظر النشر {r.Pick("أو البث ", "")}قبل الساعة {Calendar.Time(r)} {r.Pick("بتوقيت غرينتش", "بتوقيت الرياض", "بالتوقيت المحلي")} {r.Pick("يوم", "")} {r.Pick(Calendar.Days)}".Replace("  ", " ", StringComparison.Ordinal),
                1 => r.Pick("للنشر الفوري", "للنشر فوراً", "للنشر الفوري ـ بيان صحفي", "FOR IMMEDIATE RELEASE"),
                2 => $"حظر: {r.Pick("حتى", "إلى ما بعد")} {Calendar.Written(r, Calendar.Around(r, page.Article.PublishedAt))} {Calendar.Time(r)}",
                _ => $"ملاحظة للمحررين: {r.Pick("الصور متاحة لدى قسم التصوير", "يرجى عدم ذكر اسم المصدر", "الخبر قابل للتحديث", "تُرفق الكلمة كاملة لاحقاً")}",
            }));
        }
        if (r.Chance(0.45))
        {
            head.Add(Entry.Noise(NoiseKind.Counter, r.Pick("({0} كلمة)", "عدد الكلمات: {0}", "{0} كلمة", "الطول: {0} كلمة + صورة").Replace("{0}", r.Number(r.Between(180, 900)), StringComparison.Ordinal)));
        }
        if (r.Chance(0.3))
        {
            head.Add(Entry.Noise(NoiseKind.Footer, $"الموازنة{r.Separator(":", "-")}{r.Pick("خبر", "تقرير", "متابعة")} {r.Pick("مع صورتين", "مع صورة", "بلا صور", "مع إنفوجراف")}، {r.Pick("يصل", "يُسلّم", "جاهز")} {r.Pick("الساعة", "قرابة")} {Calendar.Time(r)}"));
        }
        if (head.Count > 0)
        {
            page.Top([.. head]);
        }
        if (r.Chance(0.6))
        {
            var agency = r.Pick(DressingPools.Agencies);
            var city = r.Pick(DressingPools.Cities);
            var line = r.Pick(0, 1, 2) switch
            {
                0 => $"{city} {r.Number(r.Between(1, 28))} {r.Pick(Calendar.Hijri)} {Typography.Year(r, 1436)} هـ الموافق {r.Number(r.Between(1, 28))} {r.Pick(Calendar.Months)} {Typography.Year(r, 2015)} م ({agency})",
                1 => $"{city}{r.Separator("-", "–")}{agency}",
                _ => $"{city} ({agency}){r.Pick(" -", " ـ", ":")}",
            };
            page.GlueBefore(0, new NoisePiece(NoiseKind.Dateline, [line]) { Credit = agency }, r.Pick(" ", " - ", ": ", " — "));
        }
        if (r.Chance(0.35))
        {
            page.After(page.Gap(r), Entry.Noise(NoiseKind.Footer, $"({r.Pick("يتبع", "تتمة", "المزيد لاحقاً", "ملاحظة: يُستكمل")})"));
        }
        var end = new List<Entry>();
        if (r.Chance(0.75))
        {
            end.Add(Entry.Noise(NoiseKind.Signature, r.Pick("نهاية الخبر", "-انتهى-", "انتهى", "/انتهى/", "+++", "# # #", "- ن -")));
        }
        if (r.Chance(0.6))
        {
            end.Add(Entry.Noise(NoiseKind.Signature, $"{r.Pick(Initials)} / {r.Pick(Initials)}{r.Pick(" / ", " ", " ـ ")}{Typography.Digits(r, $"{r.Between(0, 23):00}{r.Between(0, 59):00}")}{r.Pick(" ت.م", " غرينتش", " بتوقيت مكة", "")}") with { Tight = true });
        }
        if (r.Chance(0.3))
        {
            end.Add(Entry.Noise(NoiseKind.Footer, $"{r.Pick("للاستفسارات الصحفية", "للتواصل مع المكتب الإعلامي", "جهة الاتصال")}: {DressingPools.PersonName(r)}{r.Pick("، إدارة الاتصال المؤسسي", " - العلاقات العامة", "")}"));
        }
        if (end.Count > 0)
        {
            page.Tail([.. end]);
        }
    }
}
