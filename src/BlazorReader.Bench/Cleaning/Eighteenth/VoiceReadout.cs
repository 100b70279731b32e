namespace BlazorReader.Bench.Cleaning.Eighteenth;

// A voice assistant's read-out, kept as text: «here is the news from …» (the source, as a
// credit), the title announced, how long ago it was published, then after the story the
// assistant's summary of what it read, its «want the next one?» and its spoken options.
internal sealed class VoiceReadout : IPageFamily
{
    public void Dress(DressingRandom r, PageDraft page)
    {
        var paper = r.Pick(DressingPools.Papers);
        page.Top(Furniture.Credit(r, $"{r.Pick("إليك", "إليكم", "حسنًا، إليك")} {r.Pick("آخر الأخبار", "الخبر", "أبرز ما نشرته", "خبرًا")} {r.Pick("من", "من صحيفة", "عن طريق")} {paper}{r.Pick(":", "،", ".")}", paper));
        if (page.Title is not null && r.Chance(0.6))
        {
            page.Top(Furniture.Headline(r, page, r.Pick("العنوان: ", "بعنوان: ", "")));
        }
        if (r.Chance(0.5))
        {
            page.Top(Furniture.Piece(r, NoiseKind.Dateline, $"{r.Pick("نُشر", "نشر الخبر", "صدر")} {r.Pick("قبل " + Ink.Num(r, r.Between(2, 11)) + " ساعات", "قبل ساعة", "أمس", "صباح اليوم", "في " + Ink.Date(r, Ink.Day(page.Source, r)))}."));
        }
        var lead = DressingPools.LeadSentence(page.Source.Text);
        if (r.Chance(0.35) && lead.Length >= 20 && page.Count > 1)
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Repeat, $"{r.Pick("باختصار", "وللتذكير", "ملخص ما سمعت")}: {lead}"));
        }
        page.Bottom(Furniture.Piece(r, NoiseKind.MoreLink, r.Pick(
            "هل تريد سماع الخبر التالي؟",
            "انتهى الخبر. هل أتابع بالخبر التالي؟",
            "لقراءة المزيد من هذا المصدر، قل: المزيد.",
            "أرسلتُ رابط الخبر كاملًا إلى هاتفك.")));
        if (r.Chance(0.6))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Footer, r.Pick(
                "قل «التالي» للانتقال، أو «توقف» للإنهاء.",
                "يمكنك أن تقول: أعد، أو التالي، أو أرسله لي.",
                "🎤 جارٍ الاستماع…",
                "«نعم» | «لا» | «إيقاف»")));
        }
    }
}
