namespace BlazorReader.Bench.Cleaning.Ninth;

// Two copy paths of phones: a Telegram news channel (a flash label glued to the lead, emoji
// markers, hashtag clouds, views, the channel's sign-off) and an AMP or mobile page with a
// machine-translation bar (back to top, the full version, the menu).
public static class ChannelAndMobile
{
    private static readonly string[] Menu = ["☰", "الرئيسية", "محليات", "عربي ودولي", "اقتصاد", "رياضة", "بحث 🔍"];

    public static void Channel(NinthPage page, NinthStory s, DressingRandom r)
    {
        var handle = r.Letters(r.Between(5, 12), "abcdefghijklmnopqrstuvwxyz_") + r.Pick("", "news", "_ar", "24");
        if (r.Chance(0.6))
        {
            page.GlueLead(NoiseKind.Tags, r.Pick("🔴 عاجل | ", "🔴 عاجل: ", "⚡️ عاجل ", "#عاجل 🔴 ", "📌 ", "🔻 ", "🚨 خبر عاجل | ", "🔵 ", $"🔴 #{s.Region.Country} | ", "‼️ "));
        }
        if (r.Chance(0.6))
        {
            var tags = Enumerable.Range(0, r.Between(2, 6)).Select(_ => "#" + Hashtag(s, r)).Distinct();
            var cloud = string.Join(r.Pick(" ", "  ", " ، ", "\u00A0"), tags);
            if (r.Chance(0.3))
            {
                page.GlueEnd(NoiseKind.Tags, r.Pick(" ", "  ", "\u00A0") + cloud);
            }
            else
            {
                page.Bottom(new NoisePiece(NoiseKind.Tags, [cloud]));
            }
        }
        if (r.Chance(0.5))
        {
            page.Bottom(page.Piece(NoiseKind.Counter, $"{r.Pick("👁", "👁‍🗨", "👀", "مشاهدات:")} {r.Pick(r.Number(r.Between(120, 99_999)), $"{r.Between(1, 99)}.{r.Between(1, 9)}K", $"{r.Between(1, 9)}.{r.Between(1, 9)} ألف")}"
                + r.Pick("", $" {NinthDates.Ago(r)}", $" · {r.Number(r.Between(10, 23))}:{r.Between(10, 59)}", " ✏️ معدلة")));
        }
        if (r.Chance(0.6))
        {
            page.Bottom(page.Piece(NoiseKind.Signature, $"{r.Pick("📡", "✅", "🔔", "🟢", "")} {r.Pick("قناة", "تابعوا قناة", "اشترك في قناة", "للانضمام إلى قناة")} {s.Paper} {r.Pick("على تيليجرام", "على تلغرام", "الإخبارية", "")}{r.Pick(": ", " 👈 ", " ⬅️ ", " ")}@{handle}"));
        }
        if (r.Chance(0.3))
        {
            page.Bottom(page.Piece(NoiseKind.Share, r.Pick("🔁 شارك الخبر مع أصدقائك", "↪️ أعد توجيه الرسالة", "شارك القناة لتعم الفائدة 🙏", "انشر تؤجر", "📤 مشاركة")));
        }
    }

    public static void Mobile(NinthPage page, NinthStory s, DressingRandom r)
    {
        if (r.Chance(0.5))
        {
            page.Top(page.Piece(NoiseKind.Share, r.Pick(
                "تمت ترجمة هذه الصفحة تلقائياً · عرض الأصل · خيارات", "Translated by Google · Show original", "ترجمة Google: الإنجليزية ← العربية | إيقاف الترجمة",
                "هل تريد ترجمة هذه الصفحة؟ ترجمة | لا، شكراً", "عرض النص الأصلي ⇄ الترجمة الآلية", "النسخة المترجمة آلياً — قد تحتوي على أخطاء")));
        }
        if (r.Chance(0.4))
        {
            page.Top(page.Piece(NoiseKind.Footer, string.Join(r.Pick(" | ", "  ", " • ", " ☰ "), Menu.Where(_ => r.Chance(0.7)).Prepend(s.Paper))));
        }
        if (r.Chance(0.5))
        {
            page.Top(page.Piece(NoiseKind.Headline, s.Title + r.Pick(" | ", " - ", " – ", " :: ", " « ") + s.Paper + r.Pick("", " AMP", " - النسخة المخففة", $" {s.Region.Country}")));
        }
        page.Bottom(page.Piece(NoiseKind.Footer, r.Pick("العودة للأعلى", "↑ العودة إلى الأعلى", "⬆ للأعلى", "عودة لأعلى الصفحة", "Back to top ↑")
            + r.Pick("", $"{r.Separator("|", "•")}{r.Pick("تصفح النسخة الكاملة", "النسخة الكاملة للموقع", "عرض نسخة سطح المكتب")}")));
        if (r.Chance(0.5))
        {
            page.Bottom(page.Piece(NoiseKind.Footer, $"{r.Pick("©", "جميع الحقوق محفوظة", "حقوق النشر ©", "Copyright ©")} {NinthDates.Digits(r, s.Day.Year)}{r.Pick(" ", " - ", " ")}{s.Paper}{r.Pick("", ". يمنع النسخ دون ذكر المصدر", " | سياسة الخصوصية", " | Powered by AMP ⚡")}"));
        }
    }

    // Hashtags as channels write them: the country, a city, the paper, a word of the title.
    private static string Hashtag(NinthStory s, DressingRandom r)
    {
        var words = s.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3 && char.IsLetter(w[0]) && char.IsLetter(w[^1])).ToList();
        return r.Next(5) switch
        {
            0 => s.Region.Country,
            1 => s.City(r).Replace(' ', '_'),
            2 => s.Paper.Replace(' ', '_'),
            3 when words.Count > 0 => r.Pick<string>(words),
            _ => r.Pick("عاجل", "أخبار", "خبر_عاجل", "اخبار_" + s.Region.Country.Replace(' ', '_'), "تابعونا", "متابعات"),
        };
    }
}
