namespace BlazorReader.Bench.Cleaning.Twentieth;

// A university's repository or a journal's record page that holds a news item: the record's
// fields (authors, issue, DOI, licence), the abstract that repeats the story's opening, the
// keywords, the citation and download counts, the download buttons. Authors are a Byline,
// the issue a Credit, DOI and keywords Tags, the abstract a Repeat, counts Counter.
internal static class RepositoryRecord
{
    private static readonly string[] Journals = ["مجلة العلوم الإنسانية", "المجلة العربية للإعلام", "مجلة جامعة الملك سعود", "حولية كلية الآداب", "مجلة الدراسات الاقتصادية"];

    public static void Dress(PageDraft page, DressingRandom r)
    {
        var head = new List<Entry>
        {
            Entry.Noise(NoiseKind.Byline, $"{r.Pick("المؤلفون", "المؤلف", "إعداد")}: {DressingPools.PersonName(r)}{(r.Chance(0.5) ? r.Pick("؛ ", "، ", " و") + DressingPools.PersonName(r) : "")}"),
        };
        if (r.Chance(0.6))
        {
            head.Add(Entry.Card(NoiseKind.Credit, $"{r.Pick("نُشر في", "المصدر", "الدورية")}: {r.Pick(Journals)}{r.Pick("، ", " · ")}{r.Pick("المجلد", "مج")} {r.Number(r.Between(1, 40))}{r.Pick("، العدد ", " ع ")}{r.Number(r.Between(1, 4))} ({Typography.Year(r, r.Between(2010, 2015))})"));
        }
        if (r.Chance(0.7))
        {
            head.Add(Entry.Card(NoiseKind.Tags, $"{r.Pick("DOI", "المعرّف الرقمي", "doi")}{r.Separator(":", "")}{Typography.Wrap(r, "10." + r.Letters(4, "0123456789") + "/" + r.Letters(r.Between(4, 8), "abcdefghijklmnopqrstuvwxyz0123456789.-"))}"));
        }
        page.Top([.. head]);
        if (r.Chance(0.55) && page.OwnLines.First().Length >= 20)
        {
            // The abstract is the story's opening once more, sometimes labelled on its own line.
            var lead = page.OwnLines.First();
            page.Head(r.Chance(0.5)
                ? Entry.Noise(NoiseKind.Repeat, r.Pick("الملخص", "المستخلص", "نبذة") + r.Pick(": ", ":\u00A0", " — ") + lead)
                : Entry.Noise(NoiseKind.Repeat, lead));
            if (r.Chance(0.5))
            {
                page.Head(Entry.Noise(NoiseKind.Footer, r.Pick("النص الكامل", "Full text", "عرض السجل الكامل")));
            }
        }
        if (r.Chance(0.7))
        {
            var words = (page.Article.Title ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3).Take(3).ToList();
            words.Add(r.Pick("الإعلام", "التنمية", "المملكة العربية السعودية", "السياسات العامة"));
            page.Tail(Entry.Noise(NoiseKind.Tags, $"{r.Pick("الكلمات المفتاحية", "كلمات دالة", "Keywords")}: {string.Join(r.Pick("، ", "; ", " - "), words)}"));
        }
        if (r.Chance(0.65))
        {
            page.Tail(Entry.Noise(NoiseKind.Counter, Typography.Join(r, [
                $"{r.Pick("الاستشهادات", "استُشهد به")}: {r.Number(r.Between(0, 140))}",
                $"{r.Pick("التنزيلات", "التحميلات")}: {r.Number(r.Between(20, 9000))}",
                .. r.Chance(0.5) ? [$"{r.Pick("المشاهدات", "الزيارات")}: {r.Number(r.Between(100, 30000))}"] : Array.Empty<string>()])));
        }
        if (r.Chance(0.5))
        {
            page.Tail(Entry.Noise(NoiseKind.Footer, Typography.Join(r, r.Pick<string[]>(["تنزيل PDF", "تصدير الاستشهاد", "مشاركة"], ["⤓ PDF (" + r.Number(r.Between(120, 900)) + " ك.ب)", "BibTeX", "RIS"], ["عرض الملف", "إحصائيات"]))),
                Entry.Card(NoiseKind.Footer, r.Pick("الرخصة: CC BY 4.0", "هذا العمل مرخص برخصة المشاع الإبداعي", "حقوق النشر محفوظة للمؤلفين")));
        }
        if (r.Chance(0.3))
        {
            page.Tail(Entry.Noise(NoiseKind.Tags, $"{r.Pick("المعرّف الدائم", "الرابط الدائم", "Handle")}: {Typography.Wrap(r, "hdl " + r.Letters(5, "0123456789") + "/" + r.Letters(4, "0123456789"))}"));
        }
    }
}
