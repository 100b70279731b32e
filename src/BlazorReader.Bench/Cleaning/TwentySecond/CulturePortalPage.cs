namespace BlazorReader.Bench.Cleaning.TwentySecond;

// A museum's, a book fair's or a culture authority's portal carrying a news item: the visit
// menu, ticket calls, opening times, halls and booths, exhibits' captions, coming events.
internal sealed class CulturePortalPage : PageFamily
{
    private static readonly string[] Sites = ["بوابة الثقافة", "معرض الكتاب الدولي", "المتحف الوطني", "هيئة المتاحف", "دارة الفنون"];

    private static readonly string[] Exhibits = ["مخطوطة نادرة من القرن الثالث عشر", "جرة فخارية من العصر النبطي", "لوحة زيتية لفنان سعودي", "نقش حجري من العلا"];

    public override string Site(Dressing d) => d.R.Pick(Sites);

    public override void Head(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        if (r.Chance(0.6))
        {
            page.Add(NoiseKind.Footer, r.Pick("زيارة  المعارض  الفعاليات  التذاكر  المتجر", "الرئيسية | عن المعرض | دور النشر | البرنامج الثقافي | خريطة القاعات"));
        }
        page.Add(NoiseKind.MoreLink, r.Next(3) switch
        {
            0 => "🎟 احجز تذكرتك الآن",
            1 => $"احجز تذكرتك{r.Separator("|", "·")}الدخول مجاني للطلاب",
            _ => "اشترِ التذاكر عبر الإنترنت ووفّر الانتظار ›",
        });
        if (r.Chance(0.5))
        {
            page.Add(NoiseKind.Footer, $"مفتوح اليوم {d.Num(r.Between(9, 10))}:٠٠ – {d.Num(r.Between(21, 23))}:٠٠{r.Separator("|", "·")}{r.Pick("مغلق أيام الجمعة صباحاً", "آخر دخول قبل ساعة من الإغلاق")}");
        }
    }

    public override void Inside(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        if (r.Chance(0.5))
        {
            page.Add(NoiseKind.Caption, r.Pick(Exhibits) + $"{r.Separator("—", "،")}القاعة {d.Num(r.Between(1, 9))}", $"© {site}");
            return;
        }
        page.Add(NoiseKind.Footer, $"الجناح {d.Num(r.Between(1, 40))}{r.Pick("أ", "ب", "ج", "A", "B")}{r.Separator("|", "·")}القاعة {d.Num(r.Between(1, 6))}{r.Separator("|", "·")}دار {r.Pick("الساقي", "جداول", "مدارك", "أدب", "الانتشار")} للنشر");
    }

    public override void Tail(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        List<string> events = [r.Pick("فعاليات قادمة", "في البرنامج الثقافي هذا الأسبوع")];
        for (var i = r.Between(2, 3); i > 0; i--)
        {
            var day = d.Day.AddDays(r.Between(1, 20));
            events.Add($"{d.Date(day)}{r.Separator("|", "–")}{r.Pick("أمسية شعرية", "ورشة خط عربي", "ندوة عن أدب الرحلات", "توقيع كتاب", "عرض فيلم وثائقي")}{r.Pick("", " · القاعة الكبرى", " · مسرح المعرض")}");
        }
        page.Add(NoiseKind.Footer, [.. events]);
        if (r.Chance(0.5))
        {
            page.Add(NoiseKind.MoreLink, r.Pick("حمّل دليل الزائر (PDF)", "اشترك في النشرة الثقافية", "خطط لزيارتك ←"));
        }
    }

    // A story about an exhibition or a festival says when to come, and it is the story's own.
    public override List<string> OwnLines(Dressing d) => d.Mentions("معرض", "مهرجان", "متحف", "فعاليات") && d.R.Chance(0.6)
        ? [$"ويستقبل المعرض زواره يومياً من {d.R.Pick("العاشرة صباحاً حتى العاشرة مساءً", "الرابعة عصراً حتى منتصف الليل")}، والدخول {d.R.Pick("مجاني", "برسوم رمزية")}."]
        : StoryOwnLines.Draw(d, end: false);
}
