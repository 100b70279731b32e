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
        var line = p.Outlet.Name + p.Pick(" · ", " • ", " - ", "  ") + Ink.Ago(p.R, p.Region);
        if (p.CreditWritten || r.Chance(0.3))
        {
            return Page.Piece(NoiseKind.Byline, line + p.Pick("", " · " + DressingPools.PersonName(r)));
        }
        p.CreditWritten = true;
        return Page.Piece(NoiseKind.Credit, r.Chance(0.5) ? line : p.Pick("المصدر: ", "من ", "عبر ") + p.Outlet.Name) with { Credit = p.Outlet.Name };
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
        return cut < 30 ? null : Page.Piece(NoiseKind.Repeat, lead[..cut] + p.Pick("…", "...", " …", " [...]"));
    }

    public static NoisePiece CardTail(Page p)
    {
        var r = p.R;
        return r.Next(5) switch
        {
            0 => Page.Piece(NoiseKind.MoreLink, p.Pick("اقرأ القصة كاملة على ", "متابعة القراءة على ", "عرض المقال الأصلي في ", "فتح في ") + p.Outlet.Name + p.Pick("", " ↗", " ←")),
            1 => Page.Piece(NoiseKind.MoreLink, p.Pick("عرض التغطية الكاملة", "التغطية الكاملة", "Full coverage", "عرض المزيد حول هذا الموضوع")),
            2 => Page.Piece(NoiseKind.Counter, p.Pick("هل كان هذا مفيداً؟", "أخبرنا برأيك", "ما رأيك في هذه القصة؟") + p.Pick(" 👍 👎", "  👍 " + Ink.Count(r, p.Region) + " 👎 " + Ink.Count(r, p.Region), " أعجبني | لم يعجبني")),
            3 => Page.Piece(NoiseKind.Share, p.Pick("اتبع ", "متابعة ", "+ متابعة ") + p.Outlet.Name + p.Pick("", " للحصول على المزيد من القصص", " ★")),
            _ => Page.Piece(NoiseKind.Share, p.Pick("إخفاء كل القصص من ", "عرض أقل من ", "الإبلاغ عن مشكلة في ") + r.Pick(p.Outlet.Name, "هذا المصدر")),
        };
    }

    public static NoisePiece ViewInBrowser(Page p)
    {
        var r = p.R;
        var line = r.Next(3) switch
        {
            0 => p.Pick("عرض في المتصفح", "اعرض هذه الرسالة في المتصفح", "افتح النشرة في المتصفح"),
            1 => p.Pick("View in browser | عرض في المتصفح", "Voir la version en ligne", "لا تظهر الرسالة بشكل صحيح؟ اعرضها في المتصفح"),
            _ => p.Pick("عرض في المتصفح", "النسخة الإلكترونية") + p.Pick(" | ", " · ") + p.Pick("أرسلها لصديق", "اشترك", "الأرشيف"),
        };
        return Page.Piece(NoiseKind.MoreLink, line);
    }

    public static NoisePiece IssueLine(Page p)
    {
        var r = p.R;
        return Page.Piece(NoiseKind.Dateline,
            r.Next(4) switch
            {
                0 => "نشرة " + p.Outlet.Name + p.Pick(" الصباحية", " المسائية", " الأسبوعية", ""),
                1 => p.Pick("النشرة اليومية من ", "موجز الصباح من ", "نشرة المساء من ") + p.Outlet.Name,
                2 => "موجز " + p.Outlet.Name + p.Pick("", " اليومي"),
                _ => p.Pick("Newsletter ", "La lettre de ") + p.Outlet.Name,
            }
            + r.Separator("|", "·", "-", "—") + p.Pick("العدد ", "عدد ", "N° ") + p.Num(r.Between(12, 2400)) + r.Separator("|", "·", "-") + p.Date());
    }

    public static NoisePiece NewsletterTail(Page p)
    {
        var r = p.R;
        var o = p.Outlet.Name;
        return r.Next(5) switch
        {
            0 => Page.Piece(NoiseKind.Footer,
                p.Pick("وصلتك هذه الرسالة لأنك مشترك في نشرة ", "تتلقى هذه الرسالة لأنك سجلت في نشرة ", "Vous recevez cet e-mail car vous êtes inscrit à ") + o + ".",
                p.Pick("إلغاء الاشتراك", "لإلغاء الاشتراك اضغط هنا", "Se désabonner", "Unsubscribe") + p.Pick(" | ", " · ", "  ") + p.Pick("تعديل التفضيلات", "إدارة الاشتراك", "Gérer mes préférences")),
            1 => Page.Piece(NoiseKind.Share, p.Pick("هل وصلتك هذه النشرة من صديق؟ ", "أعجبتك النشرة؟ ") + p.Pick("اشترك من هنا", "سجّل مجاناً", "أرسلها لصديق")),
            2 => Page.Piece(NoiseKind.Footer, o + p.Pick("، ", " - ", " | ") + p.Pick("شارع ", "زنقة ", "نهج ", "ص.ب ") + p.Num(r.Between(3, 400)) + "، " + p.City()),
            3 => Page.Piece(NoiseKind.Signature, p.Pick("مع تحيات فريق تحرير ", "إلى اللقاء غداً، فريق ", "تحياتنا، ", "À demain, l'équipe de ") + o),
            _ => Page.Piece(NoiseKind.MoreLink, p.Pick("اقرأ الخبر على موقعنا", "تابع التفاصيل على الموقع", "Lire l'article en ligne") + p.Pick(" ←", "", " »")),
        };
    }
}
