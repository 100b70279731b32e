namespace BlazorReader.Bench.Cleaning.TwentySecond;

// A law firm's or a legal database's page carrying a news item on a ruling or a regulation:
// the breadcrumb, the reference block (decision number, session date), the «نص القرار» label,
// print and download buttons, related rulings and the legal disclaimer.
internal sealed class LegalDatabasePage : PageFamily
{
    public override string Site(Dressing d) => d.R.Pick("قاعدة الأنظمة والأحكام", "مكتبة القضاء الرقمية", "المحامون المتحدون", "دليل الأنظمة");

    public override void Head(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        page.Add(NoiseKind.Footer, $"{site} › {r.Pick("الأحكام", "الأنظمة", "الأخبار القانونية")} › {d.Plain(d.Day.Year)}");
        page.Add(NoiseKind.Dateline, $"{r.Pick("رقم القرار", "رقم الحكم", "المرجع")}: {d.Num(r.Between(10, 999))}/{r.Pick("ق", "س", "م")} {r.Separator("|", "·")}{r.Pick("تاريخ الجلسة", "تاريخ النشر", "تاريخ الصدور")}: {d.Date()}");
        if (r.Chance(0.5))
        {
            page.Add(NoiseKind.Footer, r.Pick("نص القرار", "النص الكامل", "ملخص الخبر القانوني"));
        }
    }

    public override void Inside(PageSheet page, Dressing d, string site) =>
        page.Add(NoiseKind.Footer, d.R.Pick("🔒 للمشتركين: عرض المذكرة الكاملة", "انظر أيضاً: التعليق على الحكم", "[حاشية ١]"));

    public override void Tail(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        page.Add(NoiseKind.Share, r.Pick("طباعة | تحميل PDF | إرسال بالبريد", "⎙ اطبع   ⬇ نزّل   ✉ أرسل", "حفظ في ملفاتي · مشاركة"));
        var titles = d.Teasers(r.Between(2, 3));
        if (titles.Count > 0)
        {
            List<string> lines = [r.Pick("أحكام ذات صلة", "أخبار قانونية أخرى", "قد يهمك")];
            lines.AddRange(titles.Select((t, i) => $"{d.Num(i + 1)}) {t}"));
            page.Teasers(NoiseKind.Teaser, lines, titles);
        }
        page.Add(NoiseKind.Footer, r.Pick("إخلاء مسؤولية: المعلومات الواردة لأغراض إعلامية ولا تغني عن الاستشارة القانونية.", $"جميع الحقوق محفوظة لـ{site}. لا يعد هذا المحتوى رأياً قانونياً."));
    }

    // Articles of a law and their numbers are what a story about a law quotes: they stay the story's.
    public override List<string> OwnLines(Dressing d)
    {
        var r = d.R;
        if (!d.Mentions("نظام", "قرار", "محكمة", "المادة", "لائحة", "قانون"))
        {
            return StoryOwnLines.Draw(d, end: false);
        }
        return r.Chance(0.5)
            ? [$"وتنص المادة ({d.Num(r.Between(2, 80))}) من النظام على {r.Pick("معاقبة المخالف بغرامة لا تتجاوز", "فرض غرامة قدرها")} {d.Num(r.Between(5, 500))} ألف ريال."]
            : [$"المادة {d.Num(r.Between(2, 80))}:", r.Pick("يعمل بهذا النظام بعد تسعين يوماً من تاريخ نشره.", "تتولى الجهة المختصة إصدار اللوائح التنفيذية لهذا النظام.")];
    }
}
