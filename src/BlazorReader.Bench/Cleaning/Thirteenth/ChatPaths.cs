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
        var bot = Outlets.OutletHandle(r, p.Outlet) + p.Pick("_bot", "Bot", "_news_bot");
        return Page.Piece(NoiseKind.Byline, p.Pick("🤖 ", "", "📰 ") + p.Pick("بوت " + p.Outlet.Name, "@" + bot, p.Outlet.Name + " Bot", "/news@" + bot) + p.Pick("", " · " + Ink.Time(r, p.Region), ":"));
    }

    public static NoisePiece BotTail(Page p)
    {
        var r = p.R;
        return r.Next(4) switch
        {
            0 => Page.Piece(NoiseKind.Counter, "👁 " + Ink.Count(r, p.Region) + p.Pick("  ", " · ", " ") + Ink.Time(r, p.Region) + p.Pick("", " ✓✓", " (معدّلة)")),
            1 => Page.Piece(NoiseKind.Footer, p.Pick("⬅️ السابق | التالي ➡️", "🔙 رجوع", "🏠 القائمة الرئيسية", "◀️ الخبر السابق  ▶️ الخبر التالي", "📋 الأقسام | 🔍 بحث")),
            2 => Page.Piece(NoiseKind.Share, p.Pick("للاشتراك في التنبيهات أرسل /start", "فعّل التنبيهات: /subscribe", "شارك البوت مع أصدقائك: t.me/", "🔔 اشترك في القناة: t.me/") + (r.Chance(0.5) ? Outlets.OutletHandle(r, p.Outlet) : "")),
            _ => Page.Piece(NoiseKind.MoreLink, p.Pick("🔗 التفاصيل: ", "🔗 ", "المصدر: ", "↗️ اقرأ المزيد: ") + Links.Article(r, p.Outlet)),
        };
    }

    public static NoisePiece PosterLine(Page p)
    {
        var r = p.R;
        var name = r.Chance(0.5) ? DressingPools.PersonName(r) : Outlets.PersonHandle(r);
        var line = r.Next(3) switch
        {
            0 => name + p.Pick(" — ", " - ", "  ") + p.Pick("اليوم الساعة ", "اليوم في ", "أمس في ", "Today at ") + Ink.Time(r, p.Region),
            1 => "[" + Ink.Time(r, p.Region) + "] " + name + ":",
            _ => name + p.Pick("  ", " ") + Ink.Time(r, p.Region) + p.Pick("", " (معدّل)", " APP"),
        };
        return Page.Piece(NoiseKind.Byline, line);
    }

    public static NoisePiece Channel(Page p) =>
        Page.Piece(NoiseKind.Tags, p.Pick("#", "# ", "💬 #") + p.Pick("أخبار-عامة", "اخبار-" + InnerShapes.RegionName(p.Region).Replace(' ', '-'), "news-ar", "general", "روابط-مهمة", "نقاشات"));

    public static NoisePiece ChatTail(Page p)
    {
        var r = p.R;
        return r.Next(3) switch
        {
            0 => Page.Piece(NoiseKind.Counter, string.Join(" ", ChatEmoji.OrderBy(_ => r.Next(9)).Take(r.Between(1, 3)).Select(e => e + " " + r.Between(1, 40)))),
            1 => Page.Piece(NoiseKind.Counter, p.Num(r.Between(2, 30)) + p.Pick(" ردود", " رد", " replies") + p.Pick("", " · آخر رد " + Ink.Ago(r, p.Region))),
            _ => Page.Piece(NoiseKind.Footer, p.Pick("أرسل رسالة إلى #", "Message #", "اكتب رسالة في #") + p.Pick("أخبار-عامة", "general", "news-ar")),
        };
    }

    public static NoisePiece SubLine(Page p)
    {
        var r = p.R;
        var sub = "r/" + p.Pick("arabs", "Morocco", "Tunisia", "Egypt", "Iraq", "jordan", "lebanon", "oman", "Bahrain", "qatar", "ArabNews");
        var user = "u/" + Outlets.PersonHandle(r);
        var line = r.Chance(0.5)
            ? sub + p.Pick(" • ", " · ") + p.Pick("نشره ", "Posted by ", "") + user + p.Pick(" • ", " · ") + Ink.Ago(r, p.Region)
            : p.Pick("نشره ", "Posted by ") + user + " " + Ink.Ago(r, p.Region) + p.Pick("", " في " + sub);
        return Page.Piece(NoiseKind.Byline, line);
    }

    public static NoisePiece DomainChip(Page p) => Page.Piece(NoiseKind.MoreLink, p.R.Next(3) switch
    {
        0 => "(" + p.Outlet.Domain + ")",
        1 => "🔗 " + p.Outlet.Domain + p.Pick("", " ↗"),
        _ => p.Outlet.Domain + p.Pick(" ↗", "/…", ""),
    });

    public static NoisePiece RedditTail(Page p)
    {
        var r = p.R;
        return r.Next(3) switch
        {
            0 => Page.Piece(NoiseKind.Counter, p.Pick("▲ ", "⬆ ", "") + Ink.Count(r, p.Region) + p.Pick(" ▼", " ⬇", "") + p.Pick("  💬 ", " · ") + p.Num(r.Between(0, 400)) + p.Pick(" تعليقاً", " تعليق", " comments") + p.Pick("", "  مشاركة  حفظ", " · Share · Save")),
            1 => Page.Piece(NoiseKind.Footer, p.Pick("ترتيب حسب: الأفضل", "ترتيب: الأحدث", "Sort by: Best", "عرض كل التعليقات")),
            _ => Page.Piece(NoiseKind.Share, p.Pick("مشاركة", "حفظ", "إبلاغ", "إخفاء") + " · " + p.Pick("Share", "Award", "نشر متقاطع", "حفظ")),
        };
    }

    public static NoisePiece WikiHead(Page p) => Page.Piece(NoiseKind.Footer,
        p.Pick("اذهب إلى التنقل", "انتقل إلى المحتوى", "اذهب إلى البحث") + p.Pick(" | ", "  ", " · ") + p.Pick("اذهب إلى البحث", "عرض التاريخ", "تعديل"));

    public static NoisePiece WikiTail(Page p)
    {
        var r = p.R;
        return r.Next(4) switch
        {
            0 => Page.Piece(NoiseKind.Footer, p.Pick("المراجع", "مراجع", "الهوامش"),
                "^ " + Ink.Quote(r, p.Pick("تقرير", "بيان", "خبر")) + "، " + p.Outlet.Name + "، " + p.Pick("اطلع عليه بتاريخ ", "تاريخ الوصول ") + p.Date() + "."),
            1 => Page.Piece(NoiseKind.Tags, p.Pick("تصنيفات: ", "تصنيف: ", "التصنيفات: ") + string.Join(" | ", new[] { "أحداث " + p.Day.Year, InnerShapes.RegionName(p.Region), "سياسة", "اقتصاد " + InnerShapes.RegionName(p.Region) }.Take(r.Between(2, 4)))),
            2 => Page.Piece(NoiseKind.Footer, p.Pick("آخر تعديل لهذه الصفحة كان يوم ", "عُدّلت هذه الصفحة آخر مرة في ") + p.Date() + p.Pick("، الساعة " + Ink.Time(r, p.Region), ".")),
            _ => Page.Piece(NoiseKind.Tags, p.Pick("بوابة ", "P ") + InnerShapes.RegionName(p.Region) + p.Pick(" | بوابة السياسة", " | بوابة الاقتصاد", "")),
        };
    }
}
