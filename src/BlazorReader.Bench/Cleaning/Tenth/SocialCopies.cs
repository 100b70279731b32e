namespace BlazorReader.Bench.Cleaning.Tenth;

// Copies that went through social pages and readers: a Facebook page's repost (page name,
// time, the lead as the post, the link card, reactions), a WhatsApp channel's forward and an
// RSS reader's item ending in «via».
public static class SocialCopies
{
    public static void Facebook(TenthPage page, TenthStory s, DressingRandom r)
    {
        page.Head(page.Piece(NoiseKind.Byline, $"{s.Paper}{r.Pick("", " - " + s.Outlet.Country, " ✔️", " ✓")}"));
        page.Head(page.Piece(NoiseKind.Dateline, $"{r.Pick(Stamp.Ago(r), s.Date(r))}{r.Pick(" · 🌍", " ·", "", " · 🌐")}"));
        if (r.Chance(0.5))
        {
            page.Head(page.Piece(NoiseKind.Repeat, s.Body[0]));
        }
        if (s.Title.Length > 0 && r.Chance(0.6))
        {
            page.Head(page.Piece(NoiseKind.Headline, s.Outlet.Domain(r).ToUpperInvariant(), s.Title));
        }
        var reactions = $"{r.Pick("👍❤️😮", "👍😢", "👍", "❤️👍😂")} {Stamp.Count(r, 20_000)}";
        var rest = $"{Stamp.Count(r, 3_000)} {r.Pick("تعليق", "تعليقًا", "comments")}{r.Pick("  ", " · ", " ")}{Stamp.Count(r, 5_000)} {r.Pick("مشاركة", "مشاركات", "shares")}";
        page.Tail(page.Piece(NoiseKind.Counter, r.Chance(0.5) ? [reactions + r.Pick("  ", " ") + rest] : [reactions, rest]));
        if (r.Chance(0.6))
        {
            page.Tail(page.Piece(NoiseKind.Share, string.Join(r.Pick("  ", " ", "\u00A0\u00A0"), r.Chance(0.5) ? ["أعجبني", "تعليق", "مشاركة"] : ["Like", "Comment", "Share"])));
        }
        if (r.Chance(0.3))
        {
            page.Tail(page.Piece(NoiseKind.Footer, r.Pick("عرض المزيد من التعليقات", "View more comments", "اكتب تعليقاً...", "الأكثر صلة ▾")));
        }
    }

    public static void WhatsApp(TenthPage page, TenthStory s, DressingRandom r)
    {
        page.Head(page.Piece(NoiseKind.Share, r.Pick("↪ تمت إعادة توجيهه", "Forwarded", "تمت إعادة التوجيه كثيرًا", "⤻ Forwarded many times")));
        if (s.Title.Length > 0 && r.Chance(0.7))
        {
            var mark = r.Pick("*", "🔴 *", "📌 ", "⭕️ ");
            page.Head(page.Piece(NoiseKind.Headline, $"{mark}{s.Title}{(mark.Contains('*', StringComparison.Ordinal) ? "*" : "")}"));
        }
        var channel = r.Pick("قناة", "تابعوا قناة", "انضم إلى قناة") + " " + s.Paper + r.Pick(" على واتساب", " في واتساب", "");
        var link = $"{r.Pick("https://", "")}whatsapp.com/channel/{r.Letters(22)}";
        page.Tail(new NoisePiece(NoiseKind.Footer, TenthStory.WrapLink($"{Stamp.Icon(r, "📲", "🟢", "👈")}{channel}{r.Pick(": ", "\u00A0", " 👇 ")}{link}", r)));
        page.Tail(page.Piece(NoiseKind.Counter, $"{r.Pick("👍", "❤️", "🙏")} {Stamp.Count(r, 9_000)}{r.Pick("", "  😢 " + Stamp.Count(r, 900), " ❤️ " + Stamp.Count(r, 900))}"));
        if (r.Chance(0.5))
        {
            page.Tail(page.Piece(NoiseKind.Dateline, Stamp.Time(s.Day, r)));
        }
    }

    public static void Feed(TenthPage page, TenthStory s, DressingRandom r)
    {
        page.Head(page.Piece(NoiseKind.Dateline, $"{s.Paper}{r.Pick(" / ", " • ", " - ")}{r.Pick(Stamp.Ago(r), s.Date(r), Stamp.English(s.Day, r))}"));
        var via = r.Chance(0.5) ? $"{r.Pick("via", "Via", "عبر", "via:")} {r.Pick(s.Paper, s.Outlet.Domain(r))}" : $"{r.Pick("(", "[")}via {s.Paper}{r.Pick(")", "]")}";
        var credit = via.Contains(s.Paper, StringComparison.Ordinal) ? s.Paper : null;
        if (r.Chance(0.4))
        {
            page.GlueEnd(NoiseKind.Credit, " " + via, credit);
        }
        else
        {
            page.Bottom(page.Piece(NoiseKind.Credit, via) with { Credit = credit });
        }
        if (r.Chance(0.5))
        {
            var words = r.Pick("اقرأ على الموقع الأصلي", "زيارة الموقع", "Visit website", "Open original", "افتح المصدر");
            page.Tail(new NoisePiece(NoiseKind.MoreLink, TenthStory.WrapLink($"{words}{r.Pick(" ↗", " »", "", ": " + s.Outlet.Link(r))}", r)));
        }
        if (r.Chance(0.3))
        {
            page.Tail(page.Piece(NoiseKind.Share, r.Pick("حفظ للاحقاً  ☆  مشاركة", "Save · Share · Mark as read", "☆ Star  ✉ Email", "حفظ | إرسال | وضع علامة كمقروء")));
        }
    }
}
