namespace BlazorReader.Bench.Cleaning.Thirteenth;

// Copy paths through chat and community tools: a Telegram news bot's message (bot line,
// views, buttons), a Discord or Slack paste (poster and time, channel, link unfurl, emoji
// reactions), a Reddit-style repost (subreddit line, domain chip, vote bar) and a wiki
// mirror (navigation, references, categories; citation markers are glued in the body).
internal static class ChatPaths
{
    private static readonly string[] ChatEmoji = [":fire:", ":thumbsup:", "👍", "😮", "🙏", ":eyes:"];

    public static NoisePiece BotLine(Page p)
    {
        var r = p.R;
        var bot = Outlets.OutletHandle(r, p.Outlet) + r.Pick("_bot", "Bot", "_news_bot");
        return Page.Piece(NoiseKind.Byline, r.Pick("🤖 ", "", "📰 ") + r.Pick("بوت " + p.Outlet.Name, "@" + bot, p.Outlet.Name + " Bot", "/news@" + bot) + r.Pick("", " · " + Ink.Time(r, p.Region), ":"));
    }

    public static NoisePiece BotTail(Page p)
    {
        var r = p.R;
        return r.Next(4) switch
        {
            0 => Page.Piece(NoiseKind.Counter, "👁 " + Ink.Count(r, p.Region) + r.Pick("  ", " · ", " ") + Ink.Time(r, p.Region) + r.Pick("", " ✓✓", " (معدّلة)")),
            1 => Page.Piece(NoiseKind.Footer, r.Pick("⬅️ السابق | التالي ➡️", "🔙 رجوع", "🏠 القائمة الرئيسية", "◀️ الخبر السابق  ▶️ الخبر التالي", "📋 الأقسام | 🔍 بحث")),
            2 => Page.Piece(NoiseKind.Share, r.Pick("للاشتراك في التنبيهات أرسل /start", "فعّل التنبيهات: /subscribe", "شارك البوت مع أصدقائك: t.me/", "🔔 اشترك في القناة: t.me/") + (r.Chance(0.5) ? Outlets.OutletHandle(r, p.Outlet) : "")),
            _ => Page.Piece(NoiseKind.MoreLink, r.Pick("🔗 التفاصيل: ", "🔗 ", "المصدر: ", "↗️ اقرأ المزيد: ") + Links.Article(r, p.Outlet)),
        };
    }

    public static NoisePiece PosterLine(Page p)
    {
        var r = p.R;
        var name = r.Chance(0.5) ? DressingPools.PersonName(r) : Outlets.PersonHandle(r);
        var line = r.Next(3) switch
        {
            0 => name + r.Pick(" — ", " - ", "  ") + r.Pick("اليوم الساعة ", "اليوم في ", "أمس في ", "Today at ") + Ink.Time(r, p.Region),
            1 => "[" + Ink.Time(r, p.Region) + "] " + name + ":",
            _ => name + r.Pick("  ", " ") + Ink.Time(r, p.Region) + r.Pick("", " (معدّل)", " APP"),
        };
        return Page.Piece(NoiseKind.Byline, line);
    }

    public static NoisePiece Channel(Page p) =>
        Page.Piece(NoiseKind.Tags, p.R.Pick("#", "# ", "💬 #") + p.R.Pick("أخبار-عامة", "اخبار-" + InnerShapes.RegionName(p.Region).Replace(' ', '-'), "news-ar", "general", "روابط-مهمة", "نقاشات"));

    public static NoisePiece ChatTail(Page p)
    {
        var r = p.R;
        return r.Next(3) switch
        {
            0 => Page.Piece(NoiseKind.Counter, string.Join(" ", ChatEmoji.OrderBy(_ => r.Next(9)).Take(r.Between(1, 3)).Select(e => e + " " + r.Between(1, 40)))),
            1 => Page.Piece(NoiseKind.Counter, p.Num(r.Between(2, 30)) + r.Pick(" ردود", " رد", " replies") + r.Pick("", " · آخر رد " + Ink.Ago(r, p.Region))),
            _ => Page.Piece(NoiseKind.Footer, r.Pick("أرسل رسالة إلى #", "Message #", "اكتب رسالة في #") + r.Pick("أخبار-عامة", "general", "news-ar")),
        };
    }

    public static NoisePiece SubLine(Page p)
    {
        var r = p.R;
        var sub = "r/" + r.Pick("arabs", "Morocco", "Tunisia", "Egypt", "Iraq", "jordan", "lebanon", "oman", "Bahrain", "qatar", "ArabNews");
        var user = "u/" + Outlets.PersonHandle(r);
        var line = r.Chance(0.5)
            ? sub + r.Pick(" • ", " · ") + r.Pick("نشره ", "Posted by ", "") + user + r.Pick(" • ", " · ") + Ink.Ago(r, p.Region)
            : r.Pick("نشره ", "Posted by ") + user + " " + Ink.Ago(r, p.Region) + r.Pick("", " في " + sub);
        return Page.Piece(NoiseKind.Byline, line);
    }

    public static NoisePiece DomainChip(Page p) => Page.Piece(NoiseKind.MoreLink, p.R.Pick("(", "🔗 ", "") + p.Outlet.Domain + p.R.Pick(")", "", " ↗"));

    public static NoisePiece RedditTail(Page p)
    {
        var r = p.R;
        return r.Next(3) switch
        {
            0 => Page.Piece(NoiseKind.Counter, r.Pick("▲ ", "⬆ ", "") + Ink.Count(r, p.Region) + r.Pick(" ▼", " ⬇", "") + r.Pick("  💬 ", " · ") + p.Num(r.Between(0, 400)) + r.Pick(" تعليقاً", " تعليق", " comments") + r.Pick("", "  مشاركة  حفظ", " · Share · Save")),
            1 => Page.Piece(NoiseKind.Footer, r.Pick("ترتيب حسب: الأفضل", "ترتيب: الأحدث", "Sort by: Best", "عرض كل التعليقات")),
            _ => Page.Piece(NoiseKind.Share, r.Pick("مشاركة", "حفظ", "إبلاغ", "إخفاء") + " · " + r.Pick("Share", "Award", "نشر متقاطع", "حفظ")),
        };
    }

    public static NoisePiece WikiHead(Page p) => Page.Piece(NoiseKind.Footer,
        p.R.Pick("اذهب إلى التنقل", "انتقل إلى المحتوى", "اذهب إلى البحث") + p.R.Pick(" | ", "  ", " · ") + p.R.Pick("اذهب إلى البحث", "عرض التاريخ", "تعديل"));

    public static NoisePiece WikiTail(Page p)
    {
        var r = p.R;
        return r.Next(4) switch
        {
            0 => Page.Piece(NoiseKind.Footer, r.Pick("المراجع", "مراجع", "الهوامش"),
                "^ " + Ink.Quote(r, r.Pick("تقرير", "بيان", "خبر")) + "، " + p.Outlet.Name + "، " + r.Pick("اطلع عليه بتاريخ ", "تاريخ الوصول ") + p.Date() + "."),
            1 => Page.Piece(NoiseKind.Tags, r.Pick("تصنيفات: ", "تصنيف: ", "التصنيفات: ") + string.Join(" | ", new[] { "أحداث " + p.Day.Year, InnerShapes.RegionName(p.Region), "سياسة", "اقتصاد " + InnerShapes.RegionName(p.Region) }.Take(r.Between(2, 4)))),
            2 => Page.Piece(NoiseKind.Footer, r.Pick("آخر تعديل لهذه الصفحة كان يوم ", "عُدّلت هذه الصفحة آخر مرة في ") + p.Date() + r.Pick("، الساعة " + Ink.Time(r, p.Region), ".")),
            _ => Page.Piece(NoiseKind.Tags, r.Pick("بوابة ", "P ") + InnerShapes.RegionName(p.Region) + r.Pick(" | بوابة السياسة", " | بوابة الاقتصاد", "")),
        };
    }
}
