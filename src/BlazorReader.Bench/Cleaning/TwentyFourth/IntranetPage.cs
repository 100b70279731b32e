namespace BlazorReader.Bench.Cleaning.TwentyFourth;

// A news story shared on a company's intranet or employee app: who posted it and to whom,
// pinned and category labels, reactions and comment counts, the action row, the HR box and
// an «open in the app» link. The story's own report of an internal message stays body.
internal sealed class IntranetPage : IPageFamily
{
    public void Head(PageDraft p)
    {
        var r = p.R;
        if (r.Chance(0.5))
        {
            p.Noise(NoiseKind.Tags, r.Pick("📌 مثبّت · أخبار الشركة", "إعلان داخلي", "من الصحافة | مشاركة داخلية", "Company news"));
        }
        p.Noise(NoiseKind.Byline, r.Next(3) switch
        {
            0 => $"نشره: {r.Pick("إدارة الاتصال المؤسسي", "فريق الموارد البشرية", Wording.Person(r))} · قبل {r.Number(r.Between(2, 20))} ساعة",
            1 => $"{Wording.Person(r)} شارك خبراً مع {r.Pick("جميع الموظفين", "قطاع المبيعات", "فرع " + r.Pick(DressingPools.Cities))}",
            _ => $"Posted by {Wording.Latin(r)} in #{r.Pick("general", "announcements", "news")}",
        });
        CommonChrome.Headline(p);
        if (r.Chance(0.4))
        {
            var paper = "صحيفة " + r.Pick(DressingPools.Papers);
            p.Credit($"{r.Pick("منقول عن", "المصدر الأصلي:")} {paper}", paper);
        }
    }

    public List<Action<PageDraft>> Inside(PageDraft p) => p.R.Chance(0.3)
        ? [q => q.Own($"وقال {Wording.Person(q.R)}، أحد الموظفين، إن الإدارة أبلغت العاملين بالقرار عبر البريد الداخلي.")]
        : [];

    public void Tail(PageDraft p)
    {
        var r = p.R;
        p.Noise(NoiseKind.Counter, r.Next(3) switch
        {
            0 => $"👍 {r.Number(r.Between(1, 300))}  ❤ {r.Number(r.Between(0, 50))}  👏 {r.Number(r.Between(0, 90))}",
            1 => $"{r.Number(r.Between(1, 300))} إعجاباً · {r.Number(r.Between(0, 40))} تعليقاً · شاهده {r.Number(r.Between(50, 5000))}",
            _ => $"أُعجب به {Wording.Person(r)} و{r.Number(r.Between(2, 90))} آخرون",
        });
        if (r.Chance(0.6))
        {
            p.Noise(NoiseKind.Share, r.Pick("أعجبني · تعليق · مشاركة", "تفاعل | علّق | أعد النشر", "Like · Comment · Share"));
        }
        if (r.Chance(0.5))
        {
            p.Noise(NoiseKind.Footer, r.Pick("هل لديك استفسار؟ تواصل مع الموارد البشرية عبر البوابة الداخلية", "هذا المحتوى للاستخدام الداخلي ولا يجوز تداوله خارج الشركة", "مكتب خدمة الموظفين — تحويلة " + r.Number(r.Between(1000, 9999))));
        }
        if (r.Chance(0.4))
        {
            p.Noise(NoiseKind.MoreLink, r.Pick("افتح في التطبيق", "عرض المنشور كاملاً", "View in app ›"));
        }
        if (r.Chance(0.3))
        {
            CommonChrome.ReadAlso(p);
        }
    }
}
