namespace BlazorReader.Bench.Cleaning.Thirteenth;

// Two copy paths that carry a paper's story away from its page: an aggregator's card
// (Google News, Microsoft Start, Yahoo style: source and age above, a snippet, "full coverage"
// and feedback below) and the paper's e-mail newsletter («عرض في المتصفح», unsubscribe block).
internal static class FeedPaths
{
    // The aggregator's source line is the story's credit when the page has none yet.
    public static NoisePiece SourceLine(Page p)
    {
        var r = p.R;
        var line = p.Outlet.Name + r.Pick(" · ", " • ", " - ", "  ") + Ink.Ago(p.R, p.Region);
        if (p.CreditWritten || r.Chance(0.3))
        {
            return Page.Piece(NoiseKind.Byline, line + r.Pick("", " · " + DressingPools.PersonName(r)));
        }
        p.CreditWritten = true;
        return Page.Piece(NoiseKind.Credit, r.Chance(0.5) ? line : r.Pick("المصدر: ", "من ", "عبر ") + p.Outlet.Name) with { Credit = p.Outlet.Name };
    }

    // The lead cut short as a card's snippet: the story's own words, once too many.
    public static NoisePiece? Snippet(Page p)
    {
        var lead = p.Lead;
        if (lead.Length < 60)
        {
            return null;
        }
        var cut = lead.LastIndexOf(' ', Math.Min(lead.Length - 10, p.R.Between(50, 140)));
        return cut < 30 ? null : Page.Piece(NoiseKind.Repeat, lead[..cut] + p.R.Pick("…", "...", " …", " [...]"));
    }

    public static NoisePiece CardTail(Page p)
    {
        var r = p.R;
        return r.Next(5) switch
        {
            0 => Page.Piece(NoiseKind.MoreLink, r.Pick("اقرأ القصة كاملة على ", "متابعة القراءة على ", "عرض المقال الأصلي في ", "فتح في ") + p.Outlet.Name + r.Pick("", " ↗", " ←")),
            1 => Page.Piece(NoiseKind.MoreLink, r.Pick("عرض التغطية الكاملة", "التغطية الكاملة", "Full coverage", "عرض المزيد حول هذا الموضوع")),
            2 => Page.Piece(NoiseKind.Counter, r.Pick("هل كان هذا مفيداً؟", "أخبرنا برأيك", "ما رأيك في هذه القصة؟") + r.Pick(" 👍 👎", "  👍 " + Ink.Count(r, p.Region) + " 👎 " + Ink.Count(r, p.Region), " أعجبني | لم يعجبني")),
            3 => Page.Piece(NoiseKind.Share, r.Pick("اتبع ", "متابعة ", "+ متابعة ") + p.Outlet.Name + r.Pick("", " للحصول على المزيد من القصص", " ★")),
            _ => Page.Piece(NoiseKind.Share, r.Pick("إخفاء كل القصص من ", "عرض أقل من ", "الإبلاغ عن مشكلة في ") + r.Pick(p.Outlet.Name, "هذا المصدر")),
        };
    }

    public static NoisePiece ViewInBrowser(Page p)
    {
        var r = p.R;
        var line = r.Next(3) switch
        {
            0 => r.Pick("عرض في المتصفح", "اعرض هذه الرسالة في المتصفح", "افتح النشرة في المتصفح"),
            1 => r.Pick("View in browser | عرض في المتصفح", "Voir la version en ligne", "لا تظهر الرسالة بشكل صحيح؟ اعرضها في المتصفح"),
            _ => r.Pick("عرض في المتصفح", "النسخة الإلكترونية") + r.Pick(" | ", " · ") + r.Pick("أرسلها لصديق", "اشترك", "الأرشيف"),
        };
        return Page.Piece(NoiseKind.MoreLink, line);
    }

    public static NoisePiece IssueLine(Page p)
    {
        var r = p.R;
        return Page.Piece(NoiseKind.Dateline,
            r.Pick("نشرة ", "النشرة اليومية من ", "موجز ", "Newsletter ") + p.Outlet.Name + r.Pick(" الصباحية", " المسائية", "", " الأسبوعية")
            + r.Separator("|", "·", "-", "—") + r.Pick("العدد ", "عدد ", "N° ") + p.Num(r.Between(12, 2400)) + r.Separator("|", "·", "-") + p.Date());
    }

    public static NoisePiece NewsletterTail(Page p)
    {
        var r = p.R;
        var o = p.Outlet.Name;
        return r.Next(5) switch
        {
            0 => Page.Piece(NoiseKind.Footer,
                r.Pick("وصلتك هذه الرسالة لأنك مشترك في نشرة ", "تتلقى هذه الرسالة لأنك سجلت في نشرة ", "Vous recevez cet e-mail car vous êtes inscrit à ") + o + ".",
                r.Pick("إلغاء الاشتراك", "لإلغاء الاشتراك اضغط هنا", "Se désabonner", "Unsubscribe") + r.Pick(" | ", " · ", "  ") + r.Pick("تعديل التفضيلات", "إدارة الاشتراك", "Gérer mes préférences")),
            1 => Page.Piece(NoiseKind.Share, r.Pick("هل وصلتك هذه النشرة من صديق؟ ", "أعجبتك النشرة؟ ") + r.Pick("اشترك من هنا", "سجّل مجاناً", "أرسلها لصديق")),
            2 => Page.Piece(NoiseKind.Footer, o + r.Pick("، ", " - ", " | ") + r.Pick("شارع ", "زنقة ", "نهج ", "ص.ب ") + p.Num(r.Between(3, 400)) + "، " + p.City()),
            3 => Page.Piece(NoiseKind.Signature, r.Pick("مع تحيات فريق تحرير ", "إلى اللقاء غداً، فريق ", "تحياتنا، ", "À demain, l'équipe de ") + o),
            _ => Page.Piece(NoiseKind.MoreLink, r.Pick("اقرأ الخبر على موقعنا", "تابع التفاصيل على الموقع", "Lire l'article en ligne") + r.Pick(" ←", "", " »")),
        };
    }
}
