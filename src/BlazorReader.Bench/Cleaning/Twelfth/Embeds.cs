using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Twelfth;

// Posts from networks other than X, embedded and flattened beside the story. A text post
// (Bluesky, Mastodon, Threads, Facebook) is read by a reader as a quotation: its text is body
// (a paragraph, never a tweet card: it is no X post), its embed lines («— Name (@a.bsky.social)
// …», «Posted by … on …») are the embed's signature, its «View on …» a share line. A video
// embed (YouTube, TikTok, Snapchat) leaves only its player's title and chrome: a caption.
internal static class Embeds
{
    public static void Place(Sheet sheet, Story s)
    {
        var r = s.R;
        var at = sheet.Spot();
        var text = s.Sentence();
        var handle = Outlets.Handle(r);
        var name = Outlets.AccountName(r, s.Outlet);
        var day = Calendar.Day(r);
        switch (r.Next(7))
        {
            case 0 when text is not null:
                Quoted(sheet, at, text, r.Chance(0.3) ? new NoisePiece(NoiseKind.Caption, ["[image or embed]"]) : null,
                    new NoisePiece(NoiseKind.Signature, [r.Pick("— ", "- ", "—") + name + " (@" + handle.Replace('_', '-') + ".bsky.social) " + Calendar.InEnglish(day) + " at " + $"{r.Between(1, 12)}:{r.Next(60):00} {r.Pick("AM", "PM")}"]));
                break;
            case 1 when text is not null:
                Quoted(sheet, at, text, new NoisePiece(NoiseKind.Signature, [r.Pick("Post by ", "منشور من ") + "@" + handle + "@" + r.Pick("mastodon.social", "mastodon.online", "mstdn.example.org") + Ink.Comma(r) + Calendar.Arabic(r, day)]),
                    r.Chance(0.6) ? new NoisePiece(NoiseKind.Share, [r.Pick("View on Mastodon", "عرض على ماستودون")]) : null);
                break;
            case 2 when text is not null:
                Quoted(sheet, at, text, new NoisePiece(NoiseKind.Signature, [r.Pick("Post by @", "منشور بواسطة @", "A post shared by @") + handle]),
                    new NoisePiece(NoiseKind.Share, [r.Pick("View on Threads", "عرض على Threads", "عرض المنشور على ثريدز")]));
                break;
            case 3 when text is not null:
                Quoted(sheet, at, text, new NoisePiece(NoiseKind.Signature, [r.Chance(0.5)
                    ? "Posted by " + name + " on " + day.DayOfWeek + ", " + Calendar.InEnglish(day)
                    : "\u200F\u200E" + "تم النشر بواسطة " + name + "\u200E\u200F في " + Calendar.WeekDay(day) + "، " + Calendar.Arabic(r, day, "eg")]));
                break;
            case 4:
                sheet.Inside(new NoisePiece(NoiseKind.Caption, [r.Pick("فيديو", "شاهد", "▶") + Ink.Bar(r) + r.Pick("لقطات من ", "تغطية خاصة: ", "لحظة وصول الوفد إلى ", "جولة مصورة في ", "كلمة المتحدث الرسمي في ") + s.City,
                    r.Pick("YouTube video player", "Watch on YouTube", "مشاهدة على YouTube", "شاهد على يوتيوب", "Regarder sur YouTube") + (r.Chance(0.3) ? Ink.Bar(r) + r.Pick("Copy link", "نسخ الرابط", "Info") : "")]), at);
                break;
            case 5:
                sheet.Inside(new NoisePiece(NoiseKind.Caption, ["@" + handle, r.Pick("جولة في أسواق ", "صباح الخير من ", "لحظة غروب في ") + s.City + " " + r.Pick("#fyp #viral", "#تيك_توك", "#اكسبلور #" + s.City.Replace(' ', '_')),
                    "♬ " + r.Pick("الصوت الأصلي", "original sound", "son original") + " - " + handle]), at);
                break;
            default:
                sheet.Inside(new NoisePiece(NoiseKind.Caption, [r.Pick("عرض على Snapchat", "View on Snapchat", "Spotlight على سناب شات"), r.Pick("قصة من ", "أضواء على ") + s.City + Ink.Bar(r) + "@" + handle]), at);
                break;
        }
    }

    private static void Quoted(Sheet sheet, int at, string text, params NoisePiece?[] chrome)
    {
        var lines = new List<string> { text };
        sheet.Block(at, new ExpectedBlock(BlockKind.Paragraph, text), lines, chrome);
    }
}
